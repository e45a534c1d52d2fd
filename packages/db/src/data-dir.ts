import {
  accessSync,
  closeSync,
  constants,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's git-ignored `.data/pglite`, found from this file so it does not depend on the cwd. */
export const defaultDataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../.data/pglite');

/** Why a data folder cannot be used: not writable, or held by another process. */
export class DataDirError extends Error {
  override name = 'DataDirError';
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Where the lock of a data folder lives: beside it, so PGlite finds the folder itself untouched. */
export const lockPathOf = (dataDir: string) => `${resolve(dataDir)}.lock`;

/**
 * Makes the folder and takes its lock (a file holding our pid): PGlite has no lock of its own and two
 * processes writing one folder would corrupt it. A lock left by a dead process is taken over.
 * Returns the function that releases it.
 */
export function lockDataDir(dataDir: string): () => void {
  const dir = resolve(dataDir);
  const lockPath = lockPathOf(dir);
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new DataDirError(`the data folder ${dir} is not writable: ${(error as Error).message}`);
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(lockPath, 'wx');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST')
        throw new DataDirError(`the data folder ${dir} is not writable: ${(error as Error).message}`);
      const holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(holder) && alive(holder)) {
        throw new DataDirError(
          `the data folder ${dir} is held by process ${holder}${holder === process.pid ? ' (this one: the store is already open)' : ''}; stop it or set PARLEY_DATA_DIR to another folder (lock: ${lockPath})`,
        );
      }
      rmSync(lockPath, { force: true });
      continue;
    }
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return () => rmSync(lockPath, { force: true });
  }
  throw new DataDirError(`could not take the lock ${lockPath}: another process keeps taking it`);
}
