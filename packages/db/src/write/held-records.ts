import type { HeldRecords, RecordType } from '@parley/domain';
import { inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';
import { places, sources } from '../schema/index.ts';
import { rowsOf } from '../store/rows.ts';
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
  async ids(wanted) {
    const found = new Map([...wanted.keys()].map((type) => [type, new Set<string>()]));
    // One statement for every type: a write's references are checked in one round trip.
    const selects = [...wanted].flatMap(([type, ids]) =>
      chunked(ids).map(
        (chunk) =>
          sql`select ${type}::text as type, id from ${tableOf[type]} where id = any(${sql.param(chunk)}::text[])`,
      ),
    );
    const rows = rowsOf<{ type: RecordType; id: string }>(
      await db.execute(sql.join(selects, sql` union all `)),
    );
    for (const { type, id } of rows) found.get(type)?.add(id);
    return found;
  },
  slugs: (type, slugs) => lookUp<string>(db, tableOf[type], tableOf[type].slug, tableOf[type].id, slugs),
  sourceTexts: (ids) => lookUp<string | null>(db, sources, sources.id, sources.text, ids),
  withinIds: (ids) => lookUp<string | null>(db, places, places.id, places.withinId, ids),
});
