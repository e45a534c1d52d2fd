import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { type Client, type Db, loggerOf, postgresPoolSize } from './client.ts';
import { postgresOpenError } from './open-error.ts';
import { postgresListener } from './postgres-listener.ts';
import * as schema from './schema/index.ts';

// Any constant works: it only has to be the same in every Parley process sharing a database.
const MIGRATION_LOCK = 7_302_019;

/** How long a connection to PostgreSQL may take before it fails, unless `connectTimeoutMs` says otherwise. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5000;

export interface PostgresOptions {
  onQuery?: (sql: string) => void;
  connectTimeoutMs?: number;
}

/**
 * Connects to PostgreSQL through a node-postgres pool. One connection is made at once, so a wrong or silent
 * server fails here with an OpenStoreError naming DATABASE_URL rather than at the first query (or never).
 */
export async function openPostgres(
  databaseUrl: string,
  { onQuery, connectTimeoutMs = DEFAULT_CONNECT_TIMEOUT_MS }: PostgresOptions = {},
): Promise<Client> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: postgresPoolSize,
    connectionTimeoutMillis: connectTimeoutMs,
  });
  // An idle connection cut by the server (restart, admin) must not crash the process: the pool drops it and
  // the next query opens a fresh one.
  pool.on('error', () => {});
  try {
    (await pool.connect()).release();
  } catch (error) {
    await pool.end();
    throw postgresOpenError(error, databaseUrl, connectTimeoutMs);
  }
  const db = drizzlePg({ client: pool, schema, logger: loggerOf(onQuery) }) as unknown as Db;
  const listener = postgresListener(databaseUrl, connectTimeoutMs);
  return {
    db,
    driver: 'postgres',
    async exclusive(work) {
      // Migrations and seeding must not race when several API processes start at once.
      const connection = await pool.connect();
      try {
        await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        return await work(
          drizzlePg({ client: connection, schema, logger: loggerOf(onQuery) }) as unknown as Db,
        );
      } finally {
        await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
        connection.release();
      }
    },
    listen: listener.listen,
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}
