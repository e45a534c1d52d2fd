import { type Dataset, datasetKeys, type RecordOf, type RecordType } from '@parley/domain';
import { getTableColumns, inArray, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { notifyChange } from '../changes.ts';
import type { Db } from '../client.ts';
import { writers } from '../records/to-rows.ts';
import { refreshSearchTexts } from './search-texts.ts';

// PostgreSQL takes at most 65 535 parameters in one statement.
const MAX_PARAMETERS = 60_000;

function chunks<T>(rows: T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columns)));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Every column but the id and the generated ones, set from the row being inserted. */
function updateAllFrom(table: PgTable) {
  const set: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if (key === 'id' || column.generated) continue;
    set[key] = sql.raw(`excluded."${column.name}"`);
  }
  return set;
}

/** Parents before children when a type points at itself (places within places), so each chunk's references exist. */
function parentsFirst<R extends { id: string }>(records: R[], parent?: (r: R) => string | null): R[] {
  if (!parent) return records;
  const byId = new Map(records.map((r) => [r.id, r]));
  const depth = new Map<string, number>();
  const depthOf = (r: R, seen: Set<string>): number => {
    const known = depth.get(r.id);
    if (known !== undefined) return known;
    const up = parent(r);
    const above = up && byId.has(up) && !seen.has(up) ? depthOf(byId.get(up) as R, seen.add(r.id)) + 1 : 0;
    depth.set(r.id, above);
    return above;
  };
  return [...records].sort((a, b) => depthOf(a, new Set()) - depthOf(b, new Set()));
}

/**
 * Inserts or replaces records (a record's own lists are replaced with it), refreshes the search texts and
 * announces the change to listeners. Call inside a transaction: a failure part-way must leave nothing behind.
 */
export async function writeRecords(
  db: Db,
  dataset: Partial<Dataset>,
  onProgress?: (written: number) => void,
) {
  let written = 0;
  for (const type of Object.keys(datasetKeys) as RecordType[]) {
    const records = (dataset[datasetKeys[type]] ?? []) as RecordOf<typeof type>[];
    if (records.length === 0) continue;
    const writer = writers[type] as (typeof writers)['person'];
    const ordered = parentsFirst(records as RecordOf<'person'>[], writer.parent);
    const rows = ordered.map(writer.row);
    const set = updateAllFrom(writer.table);
    for (const chunk of chunks(rows, Object.keys(rows[0] ?? {}).length)) {
      await db.insert(writer.table).values(chunk).onConflictDoUpdate({ target: writer.table.id, set });
      written += chunk.length;
      onProgress?.(written);
    }
    const ids = ordered.map((r) => r.id);
    for (const owned of writer.owned) {
      for (const idChunk of chunks(ids, 1)) await db.delete(owned.table).where(inArray(owned.owner, idChunk));
      const ownedRows = ordered.flatMap(owned.rows);
      for (const chunk of chunks(ownedRows, Object.keys(ownedRows[0] ?? {}).length)) {
        await db.insert(owned.table).values(chunk);
      }
    }
  }
  await refreshSearchTexts(db);
  // Delivered when the caller's transaction commits; a rollback takes it back with the rows.
  await notifyChange(db);
  return written;
}
