import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset, Store } from '@parley/domain';
import { openClient } from '../../src/open-store.ts';
import { seedIfEmpty } from '../../src/seed.ts';
import { createSqlStore } from '../../src/store/sql-store.ts';
import { freshPostgresDatabase } from '../../src/testing/postgres.ts';

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `parley-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface OpenedStore {
  store: Store;
  /** Closes the store and removes its database. */
  dispose: () => Promise<void>;
}

/** A store over a new PGlite folder holding `dataset`. */
export async function pgliteStore(dataset: Dataset, onQuery?: (sql: string) => void): Promise<OpenedStore> {
  const dir = tempDir('pglite');
  const client = await openClient({ dataDir: join(dir.path, 'db'), seed: false, onQuery });
  await seedIfEmpty(client.db, dataset);
  const store = createSqlStore(client);
  return {
    store,
    dispose: async () => {
      await store.close();
      dir.remove();
    },
  };
}

/** A store over a new PostgreSQL database holding `dataset`. */
export async function postgresStore(dataset: Dataset, onQuery?: (sql: string) => void): Promise<OpenedStore> {
  const database = await freshPostgresDatabase();
  const client = await openClient({ databaseUrl: database.url, seed: false, onQuery });
  await seedIfEmpty(client.db, dataset);
  const store = createSqlStore(client);
  return {
    store,
    dispose: async () => {
      await store.close();
      await database.drop();
    },
  };
}

export { freshPostgresDatabase, postgresAvailable, postgresUrl } from '../../src/testing/postgres.ts';
