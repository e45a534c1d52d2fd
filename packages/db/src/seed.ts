import { type Dataset, IMPORT_ACTOR } from '@parley/domain';
import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { sources } from './schema/index.ts';
import { writeRecords } from './write/write-records.ts';

/** True when the database holds no record (every record cites a source, so sources tell). */
export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ one: sql<number>`1` }).from(sources).limit(1);
  return rows.length === 0;
}

/**
 * Loads the dataset (the seed by default) in one transaction when the database is empty; returns how many
 * records it wrote. The seed is imported only then: building it parses its dates with chrono, a slow load
 * that a server opening an existing database skips.
 */
export async function seedIfEmpty(db: Db, dataset?: Dataset): Promise<number> {
  // A database that holds records (every start but the first) is told by one query, without a transaction.
  if (!(await isEmpty(db))) return 0;
  return db.transaction(async (tx) => {
    if (!(await isEmpty(tx))) return 0;
    const records = dataset ?? (await import('@parley/domain/seed')).seedDataset;
    return (await writeRecords(tx, records, { actor: IMPORT_ACTOR, reason: null })).length;
  });
}
