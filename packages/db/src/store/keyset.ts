import {
  type CursorKey,
  type Direction,
  encodeCursor,
  isIsoDate,
  type Page,
  type PageWindow,
  StoreInputError,
} from '@parley/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** The SQL type of one part of a sort key: cursors are checked against it before they reach SQL. */
export type KeyKind = 'text' | 'date' | 'integer' | 'float';

/** One part of a sort key: the expression rows sort by and what its values look like. */
export interface KeyPart {
  expr: SQL | PgColumn | SQL.Aliased;
  kind: KeyKind;
}

const fits: Record<KeyKind, (v: string | number) => boolean> = {
  text: (v) => typeof v === 'string',
  date: (v) => typeof v === 'string' && isIsoDate(v),
  integer: (v) => typeof v === 'number' && Number.isSafeInteger(v),
  float: (v) => typeof v === 'number' && Number.isFinite(v),
};
const casts: Record<KeyKind, string> = { text: 'text', date: 'date', integer: 'bigint', float: 'float8' };

function param(value: string | number, kind: KeyKind): SQL {
  return sql`${value}::${sql.raw(casts[kind])}`;
}

function checked(key: CursorKey | null, parts: KeyPart[], argument: string): CursorKey | null {
  if (key === null) return null;
  if (key.length !== parts.length || !key.every((v, i) => fits[(parts[i] as KeyPart).kind](v))) {
    throw new StoreInputError(`"${argument}" is not a cursor this list gave out`, argument);
  }
  return key;
}

const row = (items: SQL[]) => sql`(${sql.join(items, sql`, `)})`;

/**
 * Turns a page request into SQL: a row comparison against each cursor (which an index on the key columns
 * serves), the order (reversed when taking `last`), and a limit one larger than the page to see if more follow.
 */
export function keysetClause(parts: KeyPart[], window: PageWindow, direction: Direction | null | undefined) {
  const after = checked(window.after, parts, 'after');
  const before = checked(window.before, parts, 'before');
  const ascending = direction !== 'DESC';
  const columns = row(parts.map((p) => sql`${p.expr}`));
  const conditions: SQL[] = [];
  const compare = (key: CursorKey, op: '>' | '<') =>
    sql`${columns} ${sql.raw(op)} ${row(key.map((v, i) => param(v, (parts[i] as KeyPart).kind)))}`;
  if (after) conditions.push(compare(after, ascending ? '>' : '<'));
  if (before) conditions.push(compare(before, ascending ? '<' : '>'));
  const reverse = ascending === window.fromEnd;
  return {
    where: conditions.length > 0 ? sql.join(conditions, sql` and `) : undefined,
    orderBy: parts.map((p) => sql`${p.expr} ${sql.raw(reverse ? 'desc' : 'asc')}`),
    limit: window.limit + 1,
  };
}

/** Cuts the fetched rows (one more than a page, in query order) into a page, as the memory store's paginate does. */
export function toPage<T>(
  rows: T[],
  keyOf: (row: T) => CursorKey,
  window: PageWindow,
  totalCount: Page<T>['totalCount'],
): Page<T> {
  const more = rows.length > window.limit;
  const slice = rows.slice(0, window.limit);
  if (window.fromEnd) slice.reverse();
  const edges = slice.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: window.fromEnd ? window.before !== null : more,
      hasPreviousPage: window.fromEnd ? more : window.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
