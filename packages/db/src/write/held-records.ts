import type { HeldRecords } from '@parley/domain';
import { inArray } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { tableOf } from '../store/table-of.ts';

// Keeps each lookup well under PostgreSQL's 65 535 parameters.
const chunked = (values: readonly string[], size = 10_000) =>
  Array.from({ length: Math.ceil(values.length / size) }, (_, i) => values.slice(i * size, (i + 1) * size));

/** What the database holds, as far as a write must know it: looked up in the write's own transaction. */
export const heldIn = (db: Db): HeldRecords => ({
  async ids(type, ids) {
    const table = tableOf[type];
    const found = new Set<string>();
    for (const chunk of chunked(ids)) {
      for (const row of await db.select({ id: table.id }).from(table).where(inArray(table.id, chunk)))
        found.add(row.id);
    }
    return found;
  },
  async slugs(type, slugs) {
    const table = tableOf[type];
    const holders = new Map<string, string>();
    for (const chunk of chunked(slugs)) {
      for (const row of await db
        .select({ id: table.id, slug: table.slug })
        .from(table)
        .where(inArray(table.slug, chunk)))
        holders.set(row.slug, row.id);
    }
    return holders;
  },
});
