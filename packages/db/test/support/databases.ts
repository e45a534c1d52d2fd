import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '@parley/domain';
import type { OpenedStore } from '@parley/domain/testing';
import { openStore } from '../../src/open-store.ts';
import { freshPostgresDatabase } from '../../src/testing/postgres.ts';

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `parley-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A store over a new PGlite folder holding `dataset`, written through the Store's own write. */
export async function pgliteStore(dataset: Dataset, onQuery?: (sql: string) => void): Promise<OpenedStore> {
  const dir = tempDir('pglite');
  const store = await openStore({ dataDir: join(dir.path, 'db'), seed: false, onQuery });
  await store.writeDataset(dataset);
  return {
    store,
    dispose: async () => {
      await store.close();
      dir.remove();
    },
  };
}

/** A store over a new PostgreSQL database holding `dataset`, written through the Store's own write. */
export async function postgresStore(dataset: Dataset, onQuery?: (sql: string) => void): Promise<OpenedStore> {
  const database = await freshPostgresDatabase();
  const store = await openStore({ databaseUrl: database.url, seed: false, onQuery });
  await store.writeDataset(dataset);
  return {
    store,
    dispose: async () => {
      await store.close();
      await database.drop();
    },
  };
}

export { freshPostgresDatabase, postgresAvailable, postgresUrl } from '../../src/testing/postgres.ts';
