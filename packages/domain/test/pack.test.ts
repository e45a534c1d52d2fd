import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = resolve(packageDir, '../../node_modules/typescript/bin/tsc');
const project = mkdtempSync(join(tmpdir(), 'parley-domain-consumer-'));
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

afterAll(() => rmSync(project, { recursive: true, force: true }));

const program = `
import { createMemoryStore, labelFuzzyDate, resolveRelative, seedDataset, validateDataset, type Summit } from '@parley/domain';

validateDataset(seedDataset);
const store = createMemoryStore(seedDataset);
const [next]: (Summit | null)[] = await store.loadBySlug('summit', ['second-us-north-korea-2019']);
const page = await store.search({ query: 'Pompeio', types: ['person'] });
console.log(JSON.stringify({
  title: next?.title,
  when: next?.date ? labelFuzzyDate(next.date) : null,
  found: page.edges.map((e) => e.node.id),
  friday: resolveRelative('Friday', '2019-01-18').edtf,
}));
`;

test('the packed tarball installs outside the workspace, imports and type-checks', {
  timeout: 180_000,
}, () => {
  // `npm pack` runs the package's prepack script, which builds dist/ (ESM + .d.ts).
  run('npm', ['pack', '--pack-destination', project, '--silent'], packageDir);
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'));
  expect(tarball).toBeDefined();
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  run('npm', ['install', `./${tarball}`, '--prefer-offline', '--no-audit', '--no-fund', '--silent'], project);
  writeFileSync(join(project, 'check.ts'), program);
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        target: 'es2022',
        strict: true,
        noEmit: false,
        outDir: 'out',
        types: [],
      },
      files: ['check.ts'],
    }),
  );
  // Type-check against the shipped .d.ts (no skipLibCheck), then run the compiled program with plain node.
  run(process.execPath, [tsc, '-p', '.'], project);
  const output = JSON.parse(run(process.execPath, ['out/check.js'], project));
  expect(output).toEqual({
    title: 'Second U.S.–North Korea summit',
    when: 'late February 2019',
    found: ['person:mike-pompeo'],
    friday: '2019-01-18',
  });
});
