import type { Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Listen } from './changes.ts';
import type * as schema from './schema/index.ts';

// What both drivers share. Each driver's file (pglite-client.ts, postgres-client.ts) is imported only when
// used: a PGlite process never loads pg, nor a PostgreSQL one PGlite.

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

/** drizzle's logger calling `onQuery` with each statement's text (tests count them). */
export const loggerOf = (onQuery?: (sql: string) => void): Logger | undefined =>
  onQuery ? { logQuery: (query) => onQuery(query) } : undefined;

/** Connections each process keeps to PostgreSQL; the API lets as many store calls run at once. */
export const postgresPoolSize = 10;

/**
 * Connections readers' batched reads may use at once: PGlite has one; of PostgreSQL's pool, two are left to
 * writes' transactions, sign-ins, token lookups and an editor's reads (one statement more), which must not
 * wait for readers'.
 */
export const readConnections = (driver: Client['driver']) => (driver === 'pglite' ? 1 : postgresPoolSize - 2);
