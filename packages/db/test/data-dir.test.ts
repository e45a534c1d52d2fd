import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirError, lockDataDir, lockPathOf } from '../src/data-dir.ts';
import { openStore } from '../src/open-store.ts';
import { tempDir } from './support/databases.ts';

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
