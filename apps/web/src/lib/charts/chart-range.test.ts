import { describe, expect, it } from 'vitest';
import { BadArgumentError } from '../urql/answer.ts';
import { drawnRange, rangeParams, readChartRange, zoomHref } from './chart-range.ts';

describe('readChartRange', () => {
  it('reads both ends, either of them open', () => {
    expect(readChartRange({ from: '2019-01-01', to: '2019-01-31' })).toEqual({
      from: '2019-01-01',
      to: '2019-01-31',
    });
    expect(readChartRange(new URLSearchParams('to=2019-01-31'))).toEqual({ from: null, to: '2019-01-31' });
    expect(readChartRange({ from: ' ' })).toEqual({ from: null, to: null });
  });

  it('refuses a day that is not one, and a range that ends before it starts, as the reader’s mistake', () => {
    expect(() => readChartRange({ from: '2019-02-30' })).toThrow(BadArgumentError);
    expect(() => readChartRange({ from: '2019-02-01', to: '2019-01-01' })).toThrow(/before it starts/);
  });
});

describe('rangeParams', () => {
  it('gives the ends asked for, as parameters a form keeps', () => {
    expect(rangeParams({ from: '2019-02-01', to: '2019-03-31' })).toEqual([
      ['from', '2019-02-01'],
      ['to', '2019-03-31'],
    ]);
    expect(rangeParams({ from: null, to: '2019-03-31' })).toEqual([['to', '2019-03-31']]);
    expect(rangeParams({ from: null, to: null })).toEqual([]);
  });
});

describe('drawnRange', () => {
  const data = { from: '2018-06-01', to: '2019-02-28' };
  it("closes an open end with the data's", () => {
    expect(drawnRange({ from: '2019-01-01', to: null }, data)).toEqual({
      from: '2019-01-01',
      to: '2019-02-28',
    });
    expect(drawnRange({ from: null, to: null }, data)).toEqual(data);
  });
  it('answers null when an end stays open', () => {
    expect(drawnRange({ from: '2019-01-01', to: null }, null)).toBeNull();
  });
});

describe('zoomHref', () => {
  it('puts the range in the address, with the as-of day when there is one', () => {
    expect(zoomHref('/timeline', { from: '2019-01-01', to: '2019-01-31' }, null)).toBe(
      '/timeline?from=2019-01-01&to=2019-01-31',
    );
    expect(zoomHref('/timeline', { from: '2019-01-01', to: '2019-01-31' }, '2019-01-20')).toBe(
      '/timeline?from=2019-01-01&to=2019-01-31&asOf=2019-01-20',
    );
  });
});
