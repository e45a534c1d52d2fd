import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const web = resolve(import.meta.dirname, '..');
// The package exports no path to its CLI; it sits beside dist/.
const cli = join(dirname(createRequire(import.meta.url).resolve('gql.tada')), '../bin/cli.js');

describe('graphql-env.d.ts', () => {
  it('matches schema.graphql (run `npm run generate --workspace @parley/web` when this fails)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-web-'));
    try {
      const fresh = join(dir, 'graphql-env.d.ts');
      const run = spawnSync(process.execPath, [cli, 'generate', 'output', '--output', fresh], { cwd: web });
      expect(run.status, run.stderr.toString()).toBe(0);
      expect(readFileSync(fresh, 'utf8')).toBe(readFileSync(join(web, 'graphql-env.d.ts'), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
