import type { HeldRecords } from '@parley/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';
import { places, sources } from '../schema/index.ts';
import { rowsOf } from '../store/rows.ts';
import { tableOf } from '../store/table-of.ts';

// Each array parameter holds at most this many keys, so that no one value grows without bound.
const chunked = (values: readonly string[], size = 10_000) =>
  Array.from({ length: Math.ceil(values.length / size) }, (_, i) => values.slice(i * size, (i + 1) * size));

/** One row of a lookup: a key asked for and what the database holds for it. */
interface Found {
  lookup: number;
  key: string;
  value: string | null;
}

/** A lookup waiting to be sent: its parts of the statement and how to answer its caller. */
interface Pending {
  parts: SQL[];
  answer: (rows: Found[]) => void;
  fail: (error: unknown) => void;
}

/**
 * Sends the lookups asked for in one turn as one statement (`union all` of their parts): a write's
 * validation asks for ids, slugs and source texts at once, and pays one round trip for all of them.
 */
function batchedLookups(db: Db) {
  let pending: Pending[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    try {
      const rows = rowsOf<Found>(
        await db.execute(
          sql.join(
            batch.flatMap((p) => p.parts),
            sql` union all `,
          ),
        ),
      );
      const byLookup = batch.map((): Found[] => []);
      for (const row of rows) byLookup[row.lookup]?.push(row);
      for (const [i, p] of batch.entries()) p.answer(byLookup[i] ?? []);
    } catch (error) {
      for (const p of batch) p.fail(error);
    }
  };
  /** The rows of `table` whose `key` column is one of `keys`, with their `value` column. */
  return (table: PgTable, key: PgColumn | SQL, value: PgColumn | SQL, keys: readonly string[]) =>
    new Promise<Found[]>((answer, fail) => {
      if (keys.length === 0) return answer([]);
      const lookup = pending.length;
      if (lookup === 0) queueMicrotask(flush);
      const parts = chunked(keys).map(
        (chunk) =>
          sql`select ${lookup}::int as lookup, ${key}::text as key, ${value}::text as value from ${table} where ${key} = any(${sql.param(chunk)}::text[])`,
      );
      pending.push({ parts, answer, fail });
    });
}

/** What the database holds, as far as a write must know it: looked up in the write's own transaction. */
export const heldIn = (db: Db): HeldRecords => {
  const lookUp = batchedLookups(db);
  const mapOf = async (...args: Parameters<typeof lookUp>) =>
    new Map((await lookUp(...args)).map((row) => [row.key, row.value]));
  return {
    async ids(wanted) {
      const found = new Map([...wanted.keys()].map((type) => [type, new Set<string>()]));
      const lookups = [...wanted].map(async ([type, ids]) => {
        const table = tableOf[type];
        for (const row of await lookUp(table, table.id, sql`null`, ids)) found.get(type)?.add(row.key);
      });
      await Promise.all(lookups);
      return found;
    },
    slugs: async (type, slugs) =>
      (await mapOf(tableOf[type], tableOf[type].slug, tableOf[type].id, slugs)) as Map<string, string>,
    sourceTexts: (ids) => mapOf(sources, sources.id, sources.text, ids),
    withinIds: (ids) => mapOf(places, places.id, places.withinId, ids),
  };
};
