import {
  checkWindow,
  inWindow,
  lazyCount,
  type Page,
  readPageArgs,
  type TimelineArgs,
  type TimelineEntry,
  type TimelineType,
  timelineOrder,
} from '@parley/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { readers } from '../records/from-rows.ts';
import { type KeyColumns, keysetClause, toPage } from './keyset.ts';
import { rowsOf } from './rows.ts';
import { scopeFilter, viewsAsOf } from './scope.ts';
import { tableOf } from './table-of.ts';

/**
 * Summits, meetings and statements in date order (earliest, then latest, then type and id). A window is an
 * overlap of date ranges (`&&`), which each table's GiST index on its date span serves.
 */
export async function timeline(
  db: Db,
  { from, to, types, asOf, includeRetracted, ...page }: TimelineArgs,
): Promise<Page<TimelineEntry>> {
  checkWindow({ from, to });
  const scope = { asOf, includeRetracted };
  const window = readPageArgs(page, timelineOrder.kinds);
  const wanted = types?.length ? types : (['summit', 'meeting', 'statement'] as const);
  const entriesOf = async (type: TimelineType): Promise<SQL> => {
    if (type === 'summit' && asOf) return summitsAsOf(db, asOf, includeRetracted, { from, to });
    const scoped = scopeFilter(type, scope, 'r');
    return sql`select ${type}::text as type, r.id, r.date_earliest as earliest, r.date_latest as latest,
      r.date_precision::text as precision from ${tableOf[type]} r
      where r.date_earliest is not null ${scoped ? sql`and ${scoped}` : sql``}
      ${from != null || to != null ? sql`and r.date_span && daterange(${from ?? null}::date, ${to ?? null}::date, '[]')` : sql``}`;
  };
  const entries = await Promise.all(wanted.map(entriesOf));
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

/**
 * The summits' entries as of a day, as rows of a query: a summit's date then is its developments' (the domain's
 * rule, applied here to the few summits there are), which no column holds.
 */
async function summitsAsOf(
  db: Db,
  asOf: string,
  includeRetracted: boolean | null | undefined,
  window: { from?: string | null; to?: string | null },
): Promise<SQL> {
  const where = scopeFilter('summit', { asOf, includeRetracted });
  const views = await viewsAsOf(db, 'summit', await readers.summit(db, { where }), asOf);
  const rows = views.flatMap((s) =>
    s.date && inWindow(s.date, window.from, window.to)
      ? [sql`(${s.id}::text, ${s.date.earliest}::date, ${s.date.latest}::date, ${s.date.precision}::text)`]
      : [],
  );
  if (rows.length === 0)
    return sql`select 'summit'::text as type, null::text as id, null::date as earliest, null::date as latest, null::text as precision where false`;
  return sql`select 'summit'::text as type, v.id, v.earliest, v.latest, v.precision
    from (values ${sql.join(rows, sql`, `)}) as v(id, earliest, latest, precision)`;
}
