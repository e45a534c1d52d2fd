import type { Store } from '@parley/domain';
import { type Accounts, type AccountsOptions, openAccounts } from './accounts/accounts.ts';
import type { Client } from './client.ts';
import { defaultDataDir } from './data-dir.ts';
import { runMigrations } from './migrate.ts';
import { seedIfEmpty } from './seed.ts';
import { createSqlStore } from './store/sql-store.ts';

export interface OpenStoreOptions {
  /** PostgreSQL to use; when absent, PGlite in `dataDir`. */
  databaseUrl?: string | null;
  /** PGlite's folder; default `<repo>/.data/pglite`. */
  dataDir?: string;
  /** Load the seed dataset into an empty database (default true). */
  seed?: boolean;
  /** Called with the text of every SQL statement the store issues (tests count them). */
  onQuery?: (sql: string) => void;
  /** How long connecting to PostgreSQL may take before failing (default 5000 ms). */
  connectTimeoutMs?: number;
}

/** Opens the database the options name: connects, migrates and (when empty) seeds, all before returning. */
export async function openClient(options: OpenStoreOptions = {}): Promise<Client> {
  const client = options.databaseUrl
    ? await (await import('./postgres-client.ts')).openPostgres(options.databaseUrl, options)
    : await (await import('./pglite-client.ts')).openPglite(
        options.dataDir ?? defaultDataDir,
        options.onQuery,
      );
  try {
    await client.exclusive(async (db) => {
      await runMigrations(client.driver, db);
      if (options.seed ?? true) await seedIfEmpty(db);
    });
    return client;
  } catch (error) {
    await client.close();
    throw error;
  }
}

/** A Store over PGlite (default) or PostgreSQL (when `databaseUrl` is set), migrated and seeded. */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  return createSqlStore(await openClient(options));
}

/**
 * A Store and the accounts over one database: they share its client (PGlite has one connection, and a folder
 * may be open in one process only). Closing the store closes both.
 */
export async function openStoreWithAccounts(
  options: OpenStoreOptions & { accounts: AccountsOptions },
): Promise<{ store: Store; accounts: Accounts }> {
  const client = await openClient(options);
  try {
    return { store: createSqlStore(client), accounts: await openAccounts(client.db, options.accounts) };
  } catch (error) {
    await client.close();
    throw error;
  }
}
