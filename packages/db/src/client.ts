import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Logger } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { CHANGES_CHANNEL, type Listen, postgresListener } from './changes.ts';
import { lockDataDir } from './data-dir.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** A drizzle database over either driver: the Store only uses what both share. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Client {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** Runs `work` with the database to itself (an advisory lock on PostgreSQL; PGlite has one connection). */
  exclusive<T>(work: (db: Db) => Promise<T>): Promise<T>;
  /** Hears every committed write (NOTIFY on the changes channel), from this process or another. */
  listen: Listen;
  close(): Promise<void>;
}

const loggerOf = (onQuery?: (sql: string) => void): Logger | undefined =>
  onQuery ? { logQuery: (query) => onQuery(query) } : undefined;

/** Opens PGlite in a folder (taking its lock), with the pg_trgm extension loaded. */
export async function openPglite(dataDir: string, onQuery?: (sql: string) => void): Promise<Client> {
  const release = lockDataDir(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
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
      const stop = await client.listen(CHANGES_CHANNEL, () => listener());
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

// Any constant works: it only has to be the same in every Parley process sharing a database.
const MIGRATION_LOCK = 7_302_019;

/** Connects to PostgreSQL through a node-postgres pool. */
export async function openPostgres(databaseUrl: string, onQuery?: (sql: string) => void): Promise<Client> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // An idle connection cut by the server (restart, admin) must not crash the process: the pool drops it and
  // the next query opens a fresh one.
  pool.on('error', () => {});
  const db = drizzlePg({ client: pool, schema, logger: loggerOf(onQuery) }) as unknown as Db;
  const listener = postgresListener(databaseUrl);
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
