import {
  accessSync,
  constants,
  linkSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { OpenStoreError } from './open-error.ts';
import { packageDir } from './package-dir.ts';

/** The repository's git-ignored `.data/pglite`, found from this package so it does not depend on the cwd. */
export const defaultDataDir = resolve(packageDir, '../../.data/pglite');

/** Why a data folder cannot be used: not writable, or held by another process. */
export class DataDirError extends OpenStoreError {
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

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * `mkdir -p` that gives up when a folder's parent exists and the folder still cannot be made: node's
 * `mkdirSync(…, { recursive: true })` spins forever there (under /proc, or a dangling symlink, mkdir says
 * ENOENT although the parent exists).
 */
function makeFolder(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (error) {
    if (codeOf(error) === 'EEXIST') {
      if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
      return;
    }
    if (codeOf(error) !== 'ENOENT' || dirname(dir) === dir) throw error;
    makeFolder(dirname(dir));
    mkdirSync(dir);
  }
}

/** Where the lock of a data folder lives: beside it, so PGlite finds the folder itself untouched. */
export const lockPathOf = (dataDir: string) => `${resolve(dataDir)}.lock`;

// A guard left by a process that died while breaking a stale lock (a few microseconds' window) expires.
const GUARD_EXPIRES_MS = 5000;
// How long to keep trying while other processes take and break the lock.
const ATTEMPTS = 200;
const pause = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);

/** The lock's content, or null when it is gone (released meanwhile). */
function readLock(lockPath: string): string | null {
  try {
    return readFileSync(lockPath, 'utf8');
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Removes a lock naming `stale` (a dead process), unless it changed meanwhile: under a guard folder, so two
 * processes that both saw it stale cannot each remove it after the other took it.
 */
function breakStaleLock(lockPath: string, stale: string): void {
  const guard = `${lockPath}.breaking`;
  try {
    mkdirSync(guard);
  } catch (error) {
    if (codeOf(error) !== 'EEXIST') throw error;
    const age = Date.now() - (statSync(guard, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > GUARD_EXPIRES_MS) rmSync(guard, { recursive: true, force: true });
    else pause();
    return;
  }
  try {
    if (readLock(lockPath) === stale) rmSync(lockPath, { force: true });
  } finally {
    rmdirSync(guard);
  }
}

/**
 * Makes the folder and takes its lock (a file holding our pid): PGlite has no lock of its own and two
 * processes writing one folder would corrupt it. A lock left by a dead process is taken over. The lock is
 * taken atomically: the pid is written to a file of our own, which is then hard-linked as the lock (fails
 * if the lock exists), so nobody ever reads a lock without its pid. The lock sits beside the folder's real
 * path, so a symlink and its target share it. Returns the function that releases it.
 */
export function lockDataDir(dataDir: string): () => void {
  let dir = resolve(dataDir);
  const notWritable = (error: unknown) =>
    new DataDirError(
      `the data folder ${dir} is not writable (${(error as Error).message}): set PARLEY_DATA_DIR to a folder this user can write`,
    );
  try {
    makeFolder(dir);
    dir = realpathSync(dir);
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw notWritable(error);
  }
  const lockPath = lockPathOf(dir);
  const ours = `${lockPath}.${process.pid}`;
  try {
    writeFileSync(ours, String(process.pid));
  } catch (error) {
    throw notWritable(error);
  }
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        linkSync(ours, lockPath);
        return () => rmSync(lockPath, { force: true });
      } catch (error) {
        if (codeOf(error) !== 'EEXIST') throw notWritable(error);
      }
      const content = readLock(lockPath);
      if (content === null) continue;
      const holder = Number.parseInt(content, 10);
      if (Number.isInteger(holder) && alive(holder)) {
        throw new DataDirError(
          `the data folder ${dir} is held by process ${holder}${holder === process.pid ? ' (this one: the store is already open)' : ''}; stop it or set PARLEY_DATA_DIR to another folder (lock: ${lockPath})`,
        );
      }
      breakStaleLock(lockPath, content);
    }
  } finally {
    rmSync(ours, { force: true });
  }
  throw new DataDirError(`could not take the lock ${lockPath}: other processes keep taking it`);
}
