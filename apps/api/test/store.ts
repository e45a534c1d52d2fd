import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AccountsOptions, openStore, openStoreWithAccounts } from '@parley/db';
import type { Store } from '@parley/domain';
import { afterAll, inject } from 'vitest';

/** A private copy of the seeded template database, opened by `open` and closed and removed after the file. */
async function templateCopy<T extends { store: Store }>(open: (dataDir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-api-'));
  cpSync(inject('pgliteTemplate'), dir, { recursive: true });
  const opened = await open(dir);
  afterAll(async () => {
    await opened.store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return opened;
}

/** The API's default store for tests: PGlite over a private copy of the seeded template database. */
export async function pgliteStore(): Promise<Store> {
  return (await templateCopy(async (dataDir) => ({ store: await openStore({ dataDir }) }))).store;
}

/** The same, with its accounts, as the API opens them (no secret given: one generated and kept in it). */
export const pgliteStoreWithAccounts = (accounts: Omit<AccountsOptions, 'secret'>) =>
  templateCopy((dataDir) => openStoreWithAccounts({ dataDir, accounts: { secret: null, ...accounts } }));
