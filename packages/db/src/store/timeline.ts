import {
  checkWindow,
  lazyCount,
  type Page,
  readPageArgs,
  type TimelineArgs,
  type TimelineEntry,
  timelineOrder,
} from '@parley/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { type KeyColumns, keysetClause, toPage } from './keyset.ts';
import { rowsOf } from './rows.ts';
import { tableOf } from './table-of.ts';

/**
 * Summits, meetings and statements in date order (earliest, then latest, then type and id). A window is an
 * overlap of date ranges (`&&`), which each table's GiST index on its date span serves.
 */
export async function timeline(
  db: Db,
  { from, to, types, ...page }: TimelineArgs,
): Promise<Page<TimelineEntry>> {
  checkWindow({ from, to });
  const window = readPageArgs(page, timelineOrder.kinds);
  const wanted = types?.length ? types : (['summit', 'meeting', 'statement'] as const);
  const entries = wanted.map(
    (type) => sql`select ${type}::text as type, r.id, r.date_earliest as earliest, r.date_latest as latest,
      r.date_precision::text as precision from ${tableOf[type]} r
      where r.date_earliest is not null
      ${from != null || to != null ? sql`and r.date_span && daterange(${from ?? null}::date, ${to ?? null}::date, '[]')` : sql``}`,
  );
  const columns: KeyColumns<typeof timelineOrder.kinds> = [
    sql`e.earliest`,
    sql`e.latest`,
    sql`e.type`,
    sql`e.id`,
  ];
  const clause = keysetClause(columns, timelineOrder.kinds, window, 'ASC');
  const all = sql`with entries as (${sql.join(entries, sql` union all `)})`;
  const result = await db.execute(sql`${all}
    select e.type, e.id, e.earliest::text as earliest, e.latest::text as latest, e.precision
    from entries e ${clause.where ? sql`where ${clause.where}` : sql``}
    order by ${sql.join(clause.orderBy, sql`, `)} limit ${clause.limit}`);
  // Counting the whole window is a second statement, run only when totalCount is asked for.
  const totalCount = lazyCount(async () => {
    const [row] = rowsOf<{ total: number }>(
      await db.execute(sql`${all} select count(*)::int as total from entries`),
    );
    return row?.total ?? 0;
  });
  return toPage(rowsOf<TimelineEntry>(result), timelineOrder.keyOf, window, totalCount);
}
