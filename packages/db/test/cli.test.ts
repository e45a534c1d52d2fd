import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDataset } from '@parley/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.ts';
import { tempDir } from './support/databases.ts';

describe('npm run db', () => {
  const dir = tempDir('cli');
  const dataDir = join(dir.path, 'db');
  const withDir = ['--data-dir', dataDir];
  afterAll(() => dir.remove());

  it('explains itself, and refuses unknown commands, unknown flags and missing files clearly', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/import <file\.jsonl>/);
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
    const flag = await runCli(['stats', '--verbose']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/Unknown option '--verbose'/);
    const missing = await runCli(['import', join(dir.path, 'nope.jsonl'), ...withDir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.jsonl/);
  });

  it('migrates, seeds, imports, counts and exports', async () => {
    expect((await runCli(['migrate', ...withDir])).stderr).toMatch(/migrations applied/);
    expect((await runCli(['seed', ...withDir])).stderr).toMatch(/seeded \d+ records/);
    const file = join(dir.path, 'topic.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify({ type: 'topic', record: { id: 'topic:trade', slug: 'trade', name: 'Trade' } })}\n`,
    );
    const imported = await runCli(['import', file, ...withDir]);
    expect(imported.stderr).toMatch(/imported .*1 topic/);
    const stats = await runCli(['stats', ...withDir]);
    expect(stats.stdout).toMatch(new RegExp(`topic\\s+${seedDataset.topics.length + 1}\\n`));
    const exported = await runCli(['export', ...withDir]);
    expect(exported.stdout.trim().split('\n')).toHaveLength(Object.values(seedDataset).flat().length + 1);
  });

  it('reports a bad line with its number and field, and exits 1', async () => {
    const file = join(dir.path, 'bad.jsonl');
    writeFileSync(
      file,
      `\n${JSON.stringify({ type: 'topic', record: { id: 'topic:x', slug: 'Not A Slug', name: 'X' } })}\n`,
    );
    const bad = await runCli(['import', file, ...withDir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/line 2: topic "Not A Slug": slug must be lowercase kebab-case/);
  });
});
