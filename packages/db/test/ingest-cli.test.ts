import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runScript } from './support/cli.ts';
import { tempDir } from './support/databases.ts';

const article = fileURLToPath(
  new URL('../../../../shared/articles/2018-05-25-singapore-called-off.txt', import.meta.url),
);
const ingest = (args: string[]) => runScript('dist/ingest-cli.mjs', args);

describe('npm run ingest', () => {
  const dir = tempDir('ingest-cli');
  const dataDir = ['--data-dir', join(dir.path, 'db')];
  afterAll(() => dir.remove());

  it('prints the proposal as db import lines, which db import then writes; --explain says why on stderr', async () => {
    const run = await ingest([
      article,
      '--published',
      '2018-05-25',
      '--outlet',
      'Westbrook Courier',
      '--explain',
      ...dataDir,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({
      type: 'source',
      record: { outlet: 'Westbrook Courier', publishedAt: '2018-05-25' },
    });
    expect(lines.map((l) => l.type)).toEqual(expect.arrayContaining(['summit', 'statement', 'person']));
    expect(run.stderr).toContain('update summit:singapore-2018');
    expect(run.stderr).toMatch(/proposed \d+ new records and 1 changed ones/);

    const draft = join(dir.path, 'draft.jsonl');
    writeFileSync(draft, run.stdout);
    const imported = await runCli(['import', draft, ...dataDir]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain(`imported`);
  });

  it.concurrent.each([
    [['nope.txt', '--published', '2018-05-25', '--outlet', 'X'], /^error: cannot read nope\.txt: ENOENT$/m],
    [
      [article, '--published', '25 May 2018', '--outlet', 'X'],
      /^error: --published "25 May 2018" is not a date/m,
    ],
    [[article, '--published', '2018-05-25'], /^error: --outlet NAME is required$/m],
    [[article, '--outlet', 'X'], /^error: --published YYYY-MM-DD is required$/m],
    [
      [article, '--published', '2018-05-25', '--outlet', 'X', '--format', 'pdf'],
      /^error: --format "pdf" is neither html nor text$/m,
    ],
  ])('refuses %j with one line, exit 1', async (args, message) => {
    const run = await ingest([...args, ...dataDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});
