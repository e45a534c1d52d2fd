import {
  type Dataset,
  datasetKeys,
  type RecordOf,
  type RecordType,
  type Revision,
  recordsChanged,
  type StoreChange,
} from '@parley/domain';
import { getTableColumns, inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { notifyChange, notifying } from '../changes.ts';
import type { Db } from '../client.ts';
import { writers } from '../records/to-rows.ts';
import { searchColumns } from '../schema/columns.ts';
import { revisions } from '../schema/index.ts';
import { readNow } from '../store/read-batch.ts';
import { readRecords } from '../store/read-records.ts';
import { rowsOf } from '../store/rows.ts';
import { refreshSearchTexts } from './search-texts.ts';

// PostgreSQL takes at most 65 535 parameters in one statement.
const MAX_PARAMETERS = 60_000;

function chunks<T>(rows: T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columns)));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** The texts refreshSearchTexts keeps: a row being replaced keeps its own until they are recomputed. */
const searchTextKeys = new Set(Object.keys(searchColumns()));

/**
 * Every column but the id, the generated ones and the search texts set from the row being inserted; the
 * revision counts on. Blanking the search texts would rewrite every index entry of the row twice per edit.
 */
function updateAllFrom(table: PgTable & { revision: PgColumn }) {
  const set: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if (key === 'id' || column.generated || searchTextKeys.has(key)) continue;
    set[key] = sql.raw(`excluded."${column.name}"`);
  }
  set.revision = sql`${table.revision} + 1`;
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

/** Who writes, and why: every record written gets a revision saying so. */
export interface WriteChange {
  actor: string;
  reason: string | null;
  onProgress?: (written: number) => void;
}

/**
 * Inserts or replaces records (a record's own lists are replaced with it), appends a revision for each (the
 * record before and after, numbered on from the one it replaces), refreshes the search texts they touch and
 * announces the change to listeners: the records written and those whose search text changed. Every statement names the records written, so a write costs what it
 * changes, not what the database holds. Call inside a transaction: a failure part-way must leave nothing.
 */
export async function writeRecords(
  db: Db,
  dataset: Partial<Dataset>,
  change: WriteChange,
): Promise<Revision[]> {
  const unwritten: RevisionRow[] = [];
  let done = 0;
  const idsOf: { [T in RecordType]?: string[] } = {};
  for (const type of Object.keys(datasetKeys) as RecordType[]) {
    const records = (dataset[datasetKeys[type]] ?? []) as RecordOf<typeof type>[];
    if (records.length === 0) continue;
    const writer = writers[type] as (typeof writers)['person'];
    const ordered = parentsFirst(records as RecordOf<'person'>[], writer.parent);
    const ids = ordered.map((r) => r.id);
    idsOf[type] = ids;
    const before = new Map<string, RecordOf<RecordType>>();
    for (const idChunk of chunks(ids, 1)) {
      for (const record of await readRecords(readNow(db), type, { where: inArray(writer.table.id, idChunk) }))
        before.set(record.id, record);
    }
    const numbers = new Map<string, number>();
    const rows = ordered.map(writer.row);
    const set = updateAllFrom(writer.table);
    for (const chunk of chunks(rows, Object.keys(rows[0] ?? {}).length)) {
      const upserted = await db
        .insert(writer.table)
        .values(chunk)
        .onConflictDoUpdate({ target: writer.table.id, set })
        .returning({ id: writer.table.id, revision: writer.table.revision });
      for (const row of upserted as { id: string; revision: number }[]) numbers.set(row.id, row.revision);
      done += chunk.length;
      change.onProgress?.(done);
    }
    for (const owned of writer.owned) {
      // A list the write leaves as it was is not rewritten: an edit of a quote keeps its citations' rows.
      const changed = ordered.filter((r) => {
        const old = before.get(r.id) as typeof r | undefined;
        return !old || JSON.stringify(owned.rows(old)) !== JSON.stringify(owned.rows(r));
      });
      const changedIds = changed.map((r) => r.id);
      for (const idChunk of chunks(changedIds, 1))
        await db.delete(owned.table).where(inArray(owned.owner, idChunk));
      const ownedRows = changed.flatMap(owned.rows);
      for (const chunk of chunks(ownedRows, Object.keys(ownedRows[0] ?? {}).length)) {
        await db.insert(owned.table).values(chunk);
      }
    }
    for (const record of ordered)
      unwritten.push({
        recordId: record.id,
        revision: numbers.get(record.id) as number,
        type,
        actor: change.actor,
        reason: change.reason,
        before: before.get(record.id) ?? null,
        after: record,
      } as RevisionRow);
  }
  const refreshed = await refreshSearchTexts(db, idsOf);
  return appendRevisions(db, unwritten, recordsChanged(unwritten, refreshed));
}

type RevisionRow = Omit<Revision, 'at'>;

/**
 * Appends the revisions, all at one time (the first chunk's statement takes the database's clock, the others
 * repeat it), and announces `change` in that same statement: delivered when the caller's transaction
 * commits, taken back with the rows by a rollback.
 */
async function appendRevisions(db: Db, rows: RevisionRow[], change: StoreChange): Promise<Revision[]> {
  const [first, ...rest] = chunks(rows, 9);
  if (!first) {
    await notifyChange(db, change);
    return [];
  }
  const [appended] = rowsOf<{ at: string }>(
    await db.execute(sql`with appended as (${db.insert(revisions).values(first).returning({ at: revisions.at }).getSQL()})
      select to_char((select at from appended limit 1) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at,
        ${notifying(change)}`),
  );
  const at = appended?.at as string;
  for (const chunk of rest)
    await db.insert(revisions).values(chunk.map((row) => ({ ...row, at: new Date(at) })));
  return rows.map((row) => ({ ...row, at }) as Revision);
}
