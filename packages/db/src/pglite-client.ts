import { realpathSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { CHANGES_CHANNEL, changeOf } from './changes.ts';
import { type Client, type Db, loggerOf } from './client.ts';
import { lockDataDir } from './data-dir.ts';
import * as schema from './schema/index.ts';

/**
 * PGlite's defaults, with shared_buffers at 16 MB instead of 128 MB: the WASM heap touches all of it at start,
 * which cost 130 MB of resident memory for a database that fits in a few.
 */
const pgliteStartParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** Opens PGlite in a folder (taking its lock), with the pg_trgm extension loaded. */
export async function openPglite(dataDir: string, onQuery?: (sql: string) => void): Promise<Client> {
  const release = lockDataDir(dataDir);
  let client: PGlite;
  try {
    // PGlite cannot open a folder through a symlink (its NODEFS fails with "errno 44"): give it the real path.
    client = await PGlite.create(realpathSync(dataDir), {
      extensions: { pg_trgm },
      startParams: pgliteStartParams,
    });
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzlePglite({ client, schema, logger: loggerOf(onQuery) }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    exclusive: (work) => work(db),
    async listen(listener) {
      const stop = await client.listen(CHANGES_CHANNEL, (payload) => listener(changeOf(payload)));
      return () => stop();
    },
    async close() {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}
