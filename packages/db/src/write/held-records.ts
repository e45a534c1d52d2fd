import type { HeldRecords } from '@parley/domain';
import { inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';
import { sources } from '../schema/index.ts';
import { tableOf } from '../store/table-of.ts';

// Keeps each lookup well under PostgreSQL's 65 535 parameters.
const chunked = (values: readonly string[], size = 10_000) =>
  Array.from({ length: Math.ceil(values.length / size) }, (_, i) => values.slice(i * size, (i + 1) * size));

/** For the rows of `table` whose `key` column is one of `keys`: each key's `value`. */
async function lookUp<V>(db: Db, table: PgTable, key: PgColumn, value: PgColumn, keys: readonly string[]) {
  const found = new Map<string, V>();
  for (const chunk of chunked(keys)) {
    for (const row of await db.select({ key, value }).from(table).where(inArray(key, chunk)))
      found.set(row.key as string, row.value as V);
  }
  return found;
}

/** What the database holds, as far as a write must know it: looked up in the write's own transaction. */
export const heldIn = (db: Db): HeldRecords => ({
  async ids(type, ids) {
    const table = tableOf[type];
    return new Set((await lookUp<string>(db, table, table.id, table.id, ids)).keys());
  },
  slugs: (type, slugs) => lookUp<string>(db, tableOf[type], tableOf[type].slug, tableOf[type].id, slugs),
  sourceTexts: (ids) => lookUp<string | null>(db, sources, sources.id, sources.text, ids),
});
