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
import { type KeyColumns, keysetClause, toPage } from './keyset.ts';
import type { Read } from './read-batch.ts';
import { readRecords } from './read-records.ts';
import { scopeFilter, viewsAsOf } from './scope.ts';
import { tableOf } from './table-of.ts';

/**
 * Summits, meetings and statements in date order (earliest, then latest, then type and id). A window is an
 * overlap of date ranges (`&&`), which each table's GiST index on its date span serves.
 */
export async function timeline(
  read: Read,
  { from, to, types, asOf, includeRetracted, ...page }: TimelineArgs,
): Promise<Page<TimelineEntry>> {
  checkWindow({ from, to });
  const scope = { asOf, includeRetracted };
  const window = readPageArgs(page, timelineOrder.kinds);
  const wanted = types?.length ? types : (['summit', 'meeting', 'statement'] as const);
  const entriesOf = async (type: TimelineType): Promise<SQL> => {
    if (type === 'summit' && asOf) return summitsAsOf(read, asOf, includeRetracted, { from, to });
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
  const order = sql.join(clause.orderBy, sql`, `);
  const found = await read<TimelineEntry[]>(sql`${all}
    select coalesce(json_agg(json_build_object('type', e.type, 'id', e.id, 'earliest', e.earliest,
      'latest', e.latest, 'precision', e.precision) order by ${order}), '[]'::json)
    from (select * from entries e ${clause.where ? sql`where ${clause.where}` : sql``}
      order by ${order} limit ${clause.limit}) e`);
  // Counting the whole window is one more read, made only when totalCount is asked for.
  const totalCount = lazyCount(() => read<number>(sql`${all} select count(*)::int from entries`));
  return toPage(found, timelineOrder.keyOf, window, totalCount);
}

/**
 * The summits' entries as of a day, as rows of a query: a summit's date then is its developments' (the domain's
 * rule, applied here to the few summits there are), which no column holds.
 */
async function summitsAsOf(
  read: Read,
  asOf: string,
  includeRetracted: boolean | null | undefined,
  window: { from?: string | null; to?: string | null },
): Promise<SQL> {
  const where = scopeFilter('summit', { asOf, includeRetracted });
  const views = await viewsAsOf(read, 'summit', await readRecords(read, 'summit', { where }), asOf);
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
