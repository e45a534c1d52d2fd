import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirError, lockPathOf } from '../src/data-dir.ts';
import { OpenStoreError, postgresOpenError } from '../src/open-error.ts';
import { openClient } from '../src/open-store.ts';
import { postgresAvailable, postgresUrl, tempDir } from './support/databases.ts';
import { silentServer } from './support/silent-server.ts';

const available = await postgresAvailable();

const openError = (databaseUrl: string, connectTimeoutMs?: number) =>
  openClient({ databaseUrl, seed: false, connectTimeoutMs }).then(
    () => expect.unreachable('the store opened'),
    (error: unknown) => error as Error,
  );

describe('a failure to connect to PostgreSQL is one line naming DATABASE_URL, without its password', () => {
  const url = 'postgres://parley:secret@db.example:5432/parley';
  it.each([
    [
      { code: '3D000', message: 'database "parley" does not exist' },
      'PostgreSQL at postgres://parley@db.example:5432/parley: database "parley" does not exist: create that database or name another one in DATABASE_URL',
    ],
    [
      { code: '28000', message: 'role "parley" does not exist' },
      'PostgreSQL at postgres://parley@db.example:5432/parley: role "parley" does not exist: create that role or name another user in DATABASE_URL',
    ],
    [
      { code: '28P01', message: 'password authentication failed' },
      'fix the user or password in DATABASE_URL',
    ],
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }, 'start PostgreSQL or fix the host and port'],
    [{ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND db.example' }, 'fix the host in DATABASE_URL'],
    [
      { message: 'Connection terminated due to connection timeout' },
      'PostgreSQL at postgres://parley@db.example:5432/parley did not answer within 5 s: check DATABASE_URL',
    ],
  ])('%o', (cause, message) => {
    const error = postgresOpenError(Object.assign(new Error(cause.message), cause), url, 5000) as Error;
    expect(error).toBeInstanceOf(OpenStoreError);
    expect(error.message).toContain(message);
    expect(error.message).not.toContain('secret');
    expect(error.message).not.toContain('\n');
  });

  it('hides a password given as a parameter too, and lets an unknown error through unchanged', () => {
    const unknown = Object.assign(new Error('out of memory'), { code: '53200' });
    expect(postgresOpenError(unknown, url, 5000)).toBe(unknown);
    const refused = Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
    expect(String(postgresOpenError(refused, 'postgres://u@h/d?password=secret&sslmode=disable', 5000))).toBe(
      'OpenStoreError: PostgreSQL at postgres://u@h/d?sslmode=disable: refused: start PostgreSQL or fix the host and port in DATABASE_URL',
    );
  });

  // It used to wait forever: the API and `npm run db -- stats` printed nothing and never exited.
  it('gives up on a server that accepts and never answers, after the timeout', async () => {
    const { server, port } = await silentServer();
    try {
      const started = Date.now();
      const error = await openError(`postgres://parley:secret@127.0.0.1:${port}/test`, 300);
      expect(Date.now() - started).toBeLessThan(3000);
      expect(error).toBeInstanceOf(OpenStoreError);
      expect(error.message).toBe(
        `PostgreSQL at postgres://parley@127.0.0.1:${port}/test did not answer within 0.3 s: check DATABASE_URL`,
      );
    } finally {
      server.close();
    }
  });

  it('names a port nothing listens on', async () => {
    const { server, port } = await silentServer();
    await new Promise((resolve) => server.close(resolve));
    expect((await openError(`postgres://parley@127.0.0.1:${port}/test`)).message).toMatch(
      /ECONNREFUSED.*: start PostgreSQL or fix the host and port in DATABASE_URL$/,
    );
  });

  describe.runIf(available)('on a real server', () => {
    const on = (change: (url: URL) => void) => {
      const url = new URL(postgresUrl);
      change(url);
      return url.toString();
    };
    it('names a database that does not exist', async () => {
      const error = await openError(on((url) => (url.pathname = '/parley_no_such_database')));
      expect(error).toBeInstanceOf(OpenStoreError);
      expect(error.message).toMatch(
        /database "parley_no_such_database" does not exist: create that database/,
      );
    });
    it('names a role that does not exist, without its password', async () => {
      const error = await openError(
        on((url) => {
          url.username = 'parley_no_such_role';
          url.password = 'secret';
        }),
      );
      expect(error).toBeInstanceOf(OpenStoreError);
      expect(error.message).toMatch(/role "parley_no_such_role" does not exist: create that role/);
      expect(error.message).not.toContain('secret');
    });
  });
});

describe('a PGlite folder that cannot be used is one line naming PARLEY_DATA_DIR', () => {
  const dir = tempDir('open-errors');
  afterAll(() => dir.remove());

  // Node's recursive mkdir spins forever there: procfs answers ENOENT although /proc exists.
  it.runIf(existsSync('/proc/self'))('refuses a folder under /proc at once', async () => {
    const error = await openClient({ dataDir: '/proc/parley-data', seed: false }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(DataDirError);
    expect((error as Error).message).toBe(
      "the data folder /proc/parley-data is not writable (ENOENT: no such file or directory, mkdir '/proc/parley-data'): set PARLEY_DATA_DIR to a folder this user can write",
    );
  });

  describe('through a symlink', () => {
    const real = join(dir.path, 'real');
    const link = join(dir.path, 'link');
    beforeAll(() => {
      mkdirSync(real);
      symlinkSync(real, link);
    });

    // PGlite failed with "ErrnoError { errno: 44 }"; and the symlink and its target must share one lock.
    it('opens it, locked under its real path', async () => {
      const client = await openClient({ dataDir: link, seed: false });
      try {
        expect(existsSync(lockPathOf(real))).toBe(true);
        await expect(openClient({ dataDir: real, seed: false })).rejects.toThrow(/held by process/);
      } finally {
        await client.close();
      }
    });
  });
});
