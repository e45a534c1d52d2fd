import { type Edge, type Page, type PageArgs, StoreInputError } from './port.ts';
import { decodeCursor, encodeCursor } from './rules/cursor.ts';
import type { CursorKey, KeyKind, SortKey } from './rules/order.ts';

/** The most records one page may hold. */
export const MAX_PAGE_SIZE = 100;
/** The page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/** A `Page.totalCount`: runs `count` on the first call only, every later call shares its promise. */
export function lazyCount(count: () => Promise<number>): () => Promise<number> {
  let counted: Promise<number> | undefined;
  return () => {
    counted ??= count();
    return counted;
  };
}

/** A page request read and checked: how many, from where, and in which direction. */
export interface PageWindow {
  limit: number;
  after: CursorKey | null;
  before: CursorKey | null;
  /** True when `last` was given: take from the end of the window. */
  fromEnd: boolean;
}

function checkCount(value: number | null | undefined, argument: string): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 0)
    throw new StoreInputError(`"${argument}" must be a whole number ≥ 0`, argument);
  if (value > MAX_PAGE_SIZE) {
    throw new StoreInputError(
      `"${argument}" is ${value}; a page holds at most ${MAX_PAGE_SIZE} records`,
      argument,
    );
  }
  return value;
}

/**
 * Reads `first`/`after`/`last`/`before`, rejecting counts over the cap, both counts at once, and cursors that
 * are not keys of the list's shape (`kinds`).
 */
export function readPageArgs(args: PageArgs, kinds: readonly KeyKind[]): PageWindow {
  const first = checkCount(args.first, 'first');
  const last = checkCount(args.last, 'last');
  if (first !== null && last !== null) throw new StoreInputError('give "first" or "last", not both', 'last');
  return {
    limit: first ?? last ?? DEFAULT_PAGE_SIZE,
    after: args.after ? decodeCursor(args.after, 'after', kinds) : null,
    before: args.before ? decodeCursor(args.before, 'before', kinds) : null,
    fromEnd: last !== null,
  };
}

/**
 * A page of `nodes` (in list order) cut from a window; `more` says whether the list goes on past them in the
 * direction read (after the last node, or before the first when reading from the end).
 */
export function pageOf<T>(
  nodes: readonly T[],
  keyOf: (node: T) => CursorKey,
  window: PageWindow,
  more: boolean,
  totalCount: Page<T>['totalCount'],
): Page<T> {
  const edges: Edge<T>[] = nodes.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
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

/** Compares two cursor keys position by position, like SQL's row comparison `(a, b, id) < (…)`. */
export function compareKeys(a: CursorKey, b: CursorKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Sorts a list by its sort key (one direction for the whole key, as keyset pagination needs) and cuts one
 * page out of it after/before the cursors given.
 */
export function paginate<T>(
  list: readonly T[],
  sort: SortKey<T>,
  args: PageArgs & { direction?: 'ASC' | 'DESC' | null },
): Page<T> {
  const window = readPageArgs(args, sort.kinds);
  const sign = args.direction === 'DESC' ? -1 : 1;
  const compare = (a: CursorKey, b: CursorKey) => sign * compareKeys(a, b);
  let items = list.map((node) => ({ node, key: sort.keyOf(node) })).sort((a, b) => compare(a.key, b.key));
  const { after, before } = window;
  if (after) items = items.filter((i) => compare(i.key, after) > 0);
  if (before) items = items.filter((i) => compare(i.key, before) < 0);
  const slice = window.fromEnd
    ? items.slice(Math.max(0, items.length - window.limit))
    : items.slice(0, window.limit);
  return pageOf(
    slice.map((i) => i.node),
    sort.keyOf,
    window,
    items.length > slice.length,
    lazyCount(async () => list.length),
  );
}
