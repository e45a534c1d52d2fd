import {
  type Page,
  readPageArgs,
  type TimelineArgs,
  type TimelineEntry,
  type TimelineType,
} from '@parley/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { checkWindow } from './filters.ts';
import { keysetClause, toPage } from './keyset.ts';
import { rowsOf } from './rows.ts';

const tables: Record<TimelineType, string> = {
  summit: 'summits',
  meeting: 'meetings',
  statement: 'statements',
};

const keyOf = (e: TimelineEntry) => [e.earliest, e.latest, e.type, e.id];

/** Summits, meetings and statements in date order (earliest, then latest, then type and id). */
export async function timeline(
  db: Db,
  { from, to, types, ...page }: TimelineArgs,
): Promise<Page<TimelineEntry>> {
  checkWindow({ from, to });
  const window = readPageArgs(page);
  const wanted = types?.length ? types : (['summit', 'meeting', 'statement'] as const);
  const entries = wanted.map(
    (type) => sql`select ${type}::text as type, r.id, r.date_earliest as earliest, r.date_latest as latest,
      r.date_precision::text as precision from ${sql.identifier(tables[type])} r
      where r.date_earliest is not null
      ${from != null ? sql`and r.date_latest >= ${from}::date` : sql``}
      ${to != null ? sql`and r.date_earliest <= ${to}::date` : sql``}`,
  );
  const clause = keysetClause(
    [
      { expr: sql`e.earliest`, kind: 'date' },
      { expr: sql`e.latest`, kind: 'date' },
      { expr: sql`e.type`, kind: 'text' },
      { expr: sql`e.id`, kind: 'text' },
    ],
    window,
    'ASC',
  );
  const result = await db.execute(sql`
    with entries as (${sql.join(entries, sql` union all `)})
    select t.total, e.type, e.id, e.earliest::text as earliest, e.latest::text as latest, e.precision
    from (select count(*)::int as total from entries) t
    left join lateral (
      select * from entries e ${clause.where ? sql`where ${clause.where}` : sql``}
      order by ${sql.join(clause.orderBy, sql`, `)} limit ${clause.limit}
    ) e on true`);
  const rows = rowsOf<TimelineEntry & { total: number; type: TimelineType | null }>(result);
  const found = rows.filter((r) => r.type !== null).map(({ total: _, ...entry }) => entry);
  return toPage(found, keyOf, window, rows[0]?.total ?? 0);
}
