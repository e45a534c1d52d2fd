import {
  type ChangesFilter,
  changesOrder,
  historyOrder,
  lazyCount,
  type PageArgs,
  RecordType,
  type Revision,
  readPageArgs,
  timeWindow,
} from '@parley/domain';
import { and, count, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { revisions } from '../schema/index.ts';
import { keysetClause, toPage } from './keyset.ts';
import { tableOf } from './table-of.ts';

/** The type an id names by its prefix (`statement:…`), if any. */
const typeOfId = (id: string) => RecordType.safeParse(id.slice(0, id.indexOf(':'))).data;

/**
 * The current revision of each id the database holds (from its record's row), one statement per type named;
 * with `lock`, the rows stay locked until the transaction ends (a commit's check).
 */
export async function currentRevisions(
  db: Db,
  ids: readonly string[],
  { lock = false } = {},
): Promise<Map<string, number>> {
  const byType = new Map<RecordType, string[]>();
  for (const id of new Set(ids)) {
    const type = typeOfId(id);
    if (type) byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  const current = new Map<string, number>();
  for (const [type, wanted] of byType) {
    const table = tableOf[type];
    const query = db
      .select({ id: table.id, revision: table.revision })
      .from(table)
      .where(inArray(table.id, wanted));
    for (const row of await (lock ? query.for('update') : query)) current.set(row.id, row.revision);
  }
  return current;
}

type Row = typeof revisions.$inferSelect;
const revisionOf = (row: Row) => ({ ...row, at: row.at.toISOString() }) as Revision;

/** A page of revisions, newest first, by one of the domain's revision orders mapped to columns. */
async function page(
  db: Db,
  where: SQL | undefined,
  order: typeof historyOrder | typeof changesOrder,
  columns: Parameters<typeof keysetClause>[0],
  args: PageArgs,
) {
  const window = readPageArgs(args, order.kinds);
  const clause = keysetClause(columns, order.kinds, window, 'DESC');
  const rows = await db
    .select()
    .from(revisions)
    .where(and(where, clause.where))
    .orderBy(...clause.orderBy)
    .limit(clause.limit);
  const totalCount = lazyCount(async () => {
    const [total] = await db.select({ n: count() }).from(revisions).where(where);
    return total?.n ?? 0;
  });
  return toPage(rows.map(revisionOf), order.keyOf, window, totalCount);
}

/** A record's revisions, newest first. */
export const history = (db: Db, recordId: string, args: PageArgs) =>
  page(db, eq(revisions.recordId, recordId), historyOrder, [revisions.revision], args);

/** Every record's revisions, newest first, by actor, type and time. */
export function changes(db: Db, { actors, types, from, to, ...args }: ChangesFilter & PageArgs) {
  const window = timeWindow({ from, to });
  const where = and(
    actors?.length ? inArray(revisions.actor, [...actors]) : undefined,
    types?.length ? inArray(revisions.type, [...types]) : undefined,
    window.from ? gte(revisions.at, new Date(window.from)) : undefined,
    window.to ? lte(revisions.at, new Date(window.to)) : undefined,
  );
  return page(db, where, changesOrder, [revisions.at, revisions.recordId, revisions.revision], args);
}
