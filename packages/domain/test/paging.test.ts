import { describe, expect, test } from 'vitest';
import { lazyCount, paginate } from '../src/store/paging.ts';

describe('lazyCount', () => {
  test('counts only when asked, and once however often asked', async () => {
    let runs = 0;
    const totalCount = lazyCount(async () => {
      runs++;
      return 42;
    });
    expect(runs).toBe(0);
    const [a, b] = await Promise.all([totalCount(), totalCount()]);
    expect([a, b, await totalCount()]).toEqual([42, 42, 42]);
    expect(runs).toBe(1);
  });

  test('a page from paginate counts the whole list, not the page', async () => {
    const byNumber = { kinds: ['integer', 'text'] as const, keyOf: (n: number) => [n, String(n)] };
    const page = paginate([3, 1, 2, 5, 4], byNumber, { first: 2 });
    expect(page.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(await page.totalCount()).toBe(5);
  });
});
