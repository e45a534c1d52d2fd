import { datasetKeys, type RecordType } from '@parley/domain';
import { asc, gt } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { readNow } from '../store/read-batch.ts';
import { readRecords } from '../store/read-records.ts';
import { tableOf } from '../store/table-of.ts';

// Records read per statement: keeps memory flat however large the database is.
const BATCH = 1000;

/** Every record as JSON Lines, in load order (referenced types first) and by id: what import reads back. */
export async function* exportRecords(db: Db): AsyncGenerator<string> {
  for (const type of Object.keys(datasetKeys) as RecordType[]) {
    const table = tableOf[type];
    let last: string | null = null;
    for (;;) {
      const batch: { id: string }[] = await readRecords(readNow(db), type, {
        where: last === null ? undefined : gt(table.id, last),
        orderBy: [asc(table.id)],
        limit: BATCH,
      });
      for (const record of batch) yield `${JSON.stringify({ type, record })}\n`;
      if (batch.length < BATCH) break;
      last = batch.at(-1)?.id ?? null;
    }
  }
}
