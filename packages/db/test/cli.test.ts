import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDataset } from '@parley/domain/seed';
import { afterAll, describe, expect, it } from 'vitest';
import { lockPathOf } from '../src/data-dir.ts';
import { runCli } from './support/cli.ts';
import { tempDir } from './support/databases.ts';
import { silentServer } from './support/silent-server.ts';

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

  // PostgreSQL cannot store a NUL (the import crashed with a 1.78 MB stack) and turns a lone surrogate into U+FFFD.
  it('refuses text the database cannot store, naming line and field, and writes nothing', async () => {
    const file = join(dir.path, 'unstorable.jsonl');
    const topic = (slug: string, name: string) =>
      `${JSON.stringify({ type: 'topic', record: { id: `topic:${slug}`, slug, name } })}\n`;
    writeFileSync(file, topic('fine', 'Fine') + topic('nul', 'a\u0000b') + topic('half', 'x\ud800'));
    const before = await runCli(['stats', ...withDir]);
    const refused = await runCli(['import', file, ...withDir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/line 2: topic "nul": name contains a NUL character \(U\+0000\)/);
    expect(refused.stderr).toMatch(/line 3: topic "half": name contains a lone surrogate \(U\+D800\)/);
    expect(refused.stderr).not.toMatch(/^\s+at /m);
    expect((await runCli(['stats', ...withDir])).stdout).toBe(before.stdout);
  });

  // These hung (a silent server, a folder under /proc) or printed raw error objects and stack traces.
  it('reports a store it cannot open in one line naming the setting, and exits 1', async () => {
    const { server, port } = await silentServer();
    const held = join(dir.path, 'held');
    mkdirSync(held);
    writeFileSync(lockPathOf(held), String(process.pid));
    const cases: [string[], Record<string, string>, RegExp][] = [
      [
        ['stats'],
        { DATABASE_URL: `postgres://parley:secret@127.0.0.1:${port}/test` },
        new RegExp(
          `^error: PostgreSQL at postgres://parley@127\\.0\\.0\\.1:${port}/test did not answer within 5 s: check DATABASE_URL$`,
        ),
      ],
      [
        ['stats', '--data-dir', held],
        {},
        /^error: the data folder .*held is held by process \d+; stop it or set PARLEY_DATA_DIR to another folder/,
      ],
    ];
    if (existsSync('/proc/self'))
      cases.push([
        ['stats'],
        { PARLEY_DATA_DIR: '/proc/parley-data' },
        /^error: the data folder \/proc\/parley-data is not writable \(.*\): set PARLEY_DATA_DIR/,
      ]);
    try {
      const results = await Promise.all(cases.map(([args, env]) => runCli(args, env)));
      for (const [index, result] of results.entries()) {
        expect(result.code).toBe(1);
        expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(result.stderr.trimEnd()).toMatch(cases[index]?.[2] as RegExp);
      }
    } finally {
      server.close();
    }
  });
});
