import { realpathSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Logger } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { CHANGES_CHANNEL, changeOf, type Listen, postgresListener } from './changes.ts';
import { lockDataDir } from './data-dir.ts';
import { postgresOpenError } from './open-error.ts';
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

// Any constant works: it only has to be the same in every Parley process sharing a database.
const MIGRATION_LOCK = 7_302_019;

/** How long a connection to PostgreSQL may take before it fails, unless `connectTimeoutMs` says otherwise. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5000;

export interface PostgresOptions {
  onQuery?: (sql: string) => void;
  connectTimeoutMs?: number;
}

/** Connections each process keeps to PostgreSQL; the API lets as many store calls run at once. */
export const postgresPoolSize = 10;

/**
 * Connections the store's batched reads may use at once: PGlite has one; of PostgreSQL's pool, two are left to
 * writes' transactions and sign-ins, which must not wait for readers' statements.
 */
export const readConnections = (driver: Client['driver']) => (driver === 'pglite' ? 1 : postgresPoolSize - 2);

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
