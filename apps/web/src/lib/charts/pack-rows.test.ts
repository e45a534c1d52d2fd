import { describe, expect, it } from 'vitest';
import { packRows } from './pack-rows.ts';

describe('packRows', () => {
  it('puts spans that do not overlap on one row, and an overlapping one on the next', () => {
    const { rows, count } = packRows(
      [
        { start: 0, end: 10 },
        { start: 5, end: 8 },
        { start: 12, end: 20 },
      ],
      2,
      5,
    );
    expect(rows).toEqual([0, 1, 0]);
    expect(count).toBe(2);
  });

  it('keeps the gap between spans on a row', () => {
    expect(
      packRows(
        [
          { start: 0, end: 10 },
          { start: 11, end: 12 },
        ],
        2,
        5,
      ).rows,
    ).toEqual([0, 1]);
  });

  it('past the row limit, shares the row that frees up first', () => {
    const spans = [
      { start: 0, end: 30 },
      { start: 1, end: 5 },
      { start: 2, end: 9 },
    ];
    expect(packRows(spans, 0, 2)).toEqual({ rows: [0, 1, 1], count: 2 });
  });

  it('answers rows in the order given, whatever the order of the starts', () => {
    expect(
      packRows(
        [
          { start: 20, end: 25 },
          { start: 0, end: 22 },
        ],
        0,
        3,
      ).rows,
    ).toEqual([1, 0]);
  });
});
