import { type Dataset, IMPORT_ACTOR, seedDataset } from '@parley/domain';
import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { sources } from './schema/index.ts';
import { writeRecords } from './write/write-records.ts';

/** True when the database holds no record (every record cites a source, so sources tell). */
export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ one: sql<number>`1` }).from(sources).limit(1);
  return rows.length === 0;
}

/** Loads the dataset in one transaction when the database is empty; returns how many records it wrote. */
export async function seedIfEmpty(db: Db, dataset: Dataset = seedDataset): Promise<number> {
  return db.transaction(async (tx) =>
    (await isEmpty(tx)) ? (await writeRecords(tx, dataset, { actor: IMPORT_ACTOR, reason: null })).length : 0,
  );
}
