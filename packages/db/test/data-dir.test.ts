import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirError, lockDataDir, lockPathOf } from '../src/data-dir.ts';
import { openStore } from '../src/open-store.ts';
import { tempDir } from './support/databases.ts';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The pid of a process that has exited: a lock naming it is stale. */
async function deadPid(): Promise<number> {
  const child = spawn('true');
  await once(child, 'close');
  return child.pid as number;
}

/** Starts `racers` processes that try to lock `dataDir` in the same millisecond; resolves with their reports once all have exited. */
async function race(dataDir: string, racers: number): Promise<string[]> {
  const children = Array.from({ length: racers }, () => {
    const child = spawn(
      process.execPath,
      ['--conditions=@parley/source', '--import', 'tsx', 'test/support/take-lock.ts', dataDir],
      { cwd: packageDir, stdio: ['pipe', 'pipe', 'inherit'] },
    );
    const closed = once(child, 'close');
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })[Symbol.asyncIterator]();
    return { child, closed, lines, ready: lines.next() };
  });
  await Promise.all(children.map((c) => c.ready));
  const at = Date.now() + 200;
  for (const { child } of children) child.stdin?.write(String(at));
  return Promise.all(
    children.map(async ({ closed, lines }) => {
      const report = String((await lines.next()).value);
      await closed;
      return report;
    }),
  );
}

describe('the PGlite data folder', () => {
  const dir = tempDir('data-dir');
  afterAll(() => dir.remove());

  it('is refused with a clear error when it cannot be written', async () => {
    const file = join(dir.path, 'a-file');
    writeFileSync(file, '');
    await expect(openStore({ dataDir: join(file, 'pglite') })).rejects.toThrow(
      /data folder .*a-file\/pglite is not writable/,
    );
  });

  it('is refused while another process holds it, and taken over once that process is gone', async () => {
    const dataDir = join(dir.path, 'held');
    const holder = spawn('sleep', ['30']);
    try {
      writeFileSync(lockPathOf(dataDir), String(holder.pid));
      expect(() => lockDataDir(dataDir)).toThrow(DataDirError);
      expect(() => lockDataDir(dataDir)).toThrow(new RegExp(`held by process ${holder.pid}`));
    } finally {
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.on('close', resolve));
    }
    const release = lockDataDir(dataDir);
    expect(() => lockDataDir(dataDir)).toThrow(/the store is already open/);
    release();
    expect(existsSync(lockPathOf(dataDir))).toBe(false);
  });

  // The lock was once created empty and its pid written after: a racer read "", took it for stale and took it.
  it('has exactly one holder when processes race for it, free or stale', async () => {
    const dataDir = join(dir.path, 'raced');
    for (let round = 0; round < 4; round++) {
      if (round % 2 === 1) writeFileSync(lockPathOf(dataDir), String(await deadPid()));
      const reports = await race(dataDir, 8);
      expect(
        reports.filter((r) => r === 'held'),
        `round ${round}: ${reports.join(' ')}`,
      ).toHaveLength(1);
      expect(reports.filter((r) => r === 'refused')).toHaveLength(7);
      expect(existsSync(lockPathOf(dataDir))).toBe(false);
    }
  });

  it('cannot be opened twice by one process', async () => {
    const dataDir = join(dir.path, 'twice');
    const store = await openStore({ dataDir, seed: false });
    try {
      await expect(openStore({ dataDir })).rejects.toThrow(/held by process \d+ \(this one/);
    } finally {
      await store.close();
    }
  });
});
