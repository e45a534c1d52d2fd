import {
  type CursorKey,
  type Direction,
  type KeyKind,
  type Page,
  type PageWindow,
  pageOf,
  type SortKey,
} from '@parley/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** What rows sort by in SQL for one part of a sort key. */
export type KeyExpression = SQL | PgColumn | SQL.Aliased;

/** The SQL expression of each part of a domain sort key, one per part: the key's shape fixes their number. */
export type KeyColumns<K extends readonly KeyKind[]> = { [I in keyof K]: KeyExpression };

/** The SQL columns of each order field a domain list order offers. */
export type OrderColumns<O extends { by: Record<string, SortKey<never, readonly KeyKind[]>> }> = {
  [F in keyof O['by']]: KeyColumns<O['by'][F]['kinds']>;
};

const casts: Record<KeyKind, string> = {
  text: 'text',
  date: 'date',
  timestamp: 'timestamptz',
  integer: 'bigint',
  float: 'float8',
};

const row = (items: SQL[]) => sql`(${sql.join(items, sql`, `)})`;

/**
 * Turns a page request (its cursors checked against the key's kinds by `readPageArgs`) into SQL: a row
 * comparison against each cursor (which an index on the key columns serves), the order (reversed when taking
 * `last`), and a limit one larger than the page to see if more follow.
 */
export function keysetClause(
  columns: readonly KeyExpression[],
  kinds: readonly KeyKind[],
  window: PageWindow,
  direction: Direction | null | undefined,
) {
  const ascending = direction !== 'DESC';
  const key = row(columns.map((c) => sql`${c}`));
  const compare = (cursor: CursorKey, op: '>' | '<') =>
    sql`${key} ${sql.raw(op)} ${row(cursor.map((v, i) => sql`${v}::${sql.raw(casts[kinds[i] as KeyKind])}`))}`;
  const conditions: SQL[] = [];
  if (window.after) conditions.push(compare(window.after, ascending ? '>' : '<'));
  if (window.before) conditions.push(compare(window.before, ascending ? '<' : '>'));
  const reverse = ascending === window.fromEnd;
  return {
    where: conditions.length > 0 ? sql.join(conditions, sql` and `) : undefined,
    orderBy: columns.map((c) => sql`${c} ${sql.raw(reverse ? 'desc' : 'asc')}`),
    limit: window.limit + 1,
  };
}

/** Cuts the fetched rows (one more than a page, in query order) into a page, as the domain pages lists. */
export function toPage<T>(
  rows: T[],
  keyOf: (row: T) => CursorKey,
  window: PageWindow,
  totalCount: Page<T>['totalCount'],
): Page<T> {
  const slice = rows.slice(0, window.limit);
  if (window.fromEnd) slice.reverse();
  return pageOf(slice, keyOf, window, rows.length > window.limit, totalCount);
}
