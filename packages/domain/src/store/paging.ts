import { type Edge, type Page, type PageArgs, StoreInputError } from './port.ts';

/** The most records one page may hold. */
export const MAX_PAGE_SIZE = 100;
/** The page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/** A position in an ordered list: the sort key values of a record, its id last to break ties (never null). */
export type CursorKey = (string | number)[];

/** Where a missing date sorts: after every real one, as a key that a cursor can hold. */
export const NO_DATE = '9999-12-31';

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, argument: string): CursorKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length > 0 && key.every((k) => ['string', 'number'].includes(typeof k))) {
      return key as CursorKey;
    }
  } catch {
    // fall through to the error below
  }
  throw new StoreInputError(`"${argument}" is not a cursor this list gave out`, argument);
}

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

/** Reads `first`/`after`/`last`/`before`, rejecting counts over the cap, both counts at once and bad cursors. */
export function readPageArgs(args: PageArgs): PageWindow {
  const first = checkCount(args.first, 'first');
  const last = checkCount(args.last, 'last');
  if (first !== null && last !== null) throw new StoreInputError('give "first" or "last", not both', 'last');
  return {
    limit: first ?? last ?? DEFAULT_PAGE_SIZE,
    after: args.after ? decodeCursor(args.after, 'after') : null,
    before: args.before ? decodeCursor(args.before, 'before') : null,
    fromEnd: last !== null,
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
 * Sorts a list by `keyOf` (one direction for the whole key, as keyset pagination needs) and cuts one page
 * out of it after/before the cursors given.
 */
export function paginate<T>(
  list: readonly T[],
  keyOf: (item: T) => CursorKey,
  args: PageArgs & { direction?: 'ASC' | 'DESC' | null },
): Page<T> {
  const window = readPageArgs(args);
  const sign = args.direction === 'DESC' ? -1 : 1;
  const compare = (a: CursorKey, b: CursorKey) => sign * compareKeys(a, b);
  let items = list.map((node) => ({ node, key: keyOf(node) })).sort((a, b) => compare(a.key, b.key));
  const { after, before } = window;
  if (after) items = items.filter((i) => compare(i.key, after) > 0);
  if (before) items = items.filter((i) => compare(i.key, before) < 0);
  const slice = window.fromEnd
    ? items.slice(Math.max(0, items.length - window.limit))
    : items.slice(0, window.limit);
  const edges: Edge<T>[] = slice.map((i) => ({ node: i.node, cursor: encodeCursor(i.key) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: window.fromEnd ? before !== null : items.length > slice.length,
      hasPreviousPage: window.fromEnd ? items.length > slice.length : after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: lazyCount(async () => list.length),
  };
}
