import { expect } from 'vitest';
import type { Direction, Page, PageArgs } from '../../store/port.ts';

export type Lister<T> = (page: PageArgs) => Promise<Page<T>>;

/** An order written out for the suite: compares by each key in turn. */
export const by =
  <T>(...keys: ((item: T) => string | number)[]) =>
  (a: T, b: T): number => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };

/** The ids of a list's expected records, in the order given. */
export const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

function expectPage<T>(
  page: Page<T>,
  idOf: (node: T) => string,
  expected: string[],
  more: { next: boolean; previous: boolean },
) {
  expect(page.edges.map((e) => idOf(e.node))).toEqual(expected);
  expect(page.pageInfo).toEqual({
    hasNextPage: more.next,
    hasPreviousPage: more.previous,
    startCursor: page.edges[0]?.cursor ?? null,
    endCursor: page.edges.at(-1)?.cursor ?? null,
  });
}

/**
 * Reads a list page by page, forward with `first`/`after` and back with `last`/`before`, each page held to the
 * slice of `expected` it must be (page info and the total count too), every cursor to the position it names.
 */
export async function expectPages<T>(
  list: Lister<T>,
  expected: string[],
  idOf: (node: T) => string,
  size: number,
): Promise<void> {
  let after: string | null = null;
  let start = 0;
  do {
    const page: Page<T> = await list({ first: size, after });
    const end = Math.min(start + size, expected.length);
    expectPage(page, idOf, expected.slice(start, end), { next: end < expected.length, previous: start > 0 });
    expect(await page.totalCount()).toBe(expected.length);
    after = page.pageInfo.endCursor;
    start = end;
  } while (start < expected.length);

  let before: string | null = null;
  let end = expected.length;
  do {
    const page: Page<T> = await list({ last: size, before });
    const from = Math.max(0, end - size);
    expectPage(page, idOf, expected.slice(from, end), { next: end < expected.length, previous: from > 0 });
    before = page.pageInfo.startCursor;
    end = from;
  } while (end > 0);
}

/** A list in one order read both ways: ascending as `expected`, descending in reverse. */
export async function expectBothDirections<T>(
  list: (direction: Direction, page: PageArgs) => Promise<Page<T>>,
  expected: string[],
  idOf: (node: T) => string,
  size: number,
): Promise<void> {
  await expectPages((p) => list('ASC', p), expected, idOf, size);
  await expectPages((p) => list('DESC', p), [...expected].reverse(), idOf, size);
}
