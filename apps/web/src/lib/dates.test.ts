import { describe, expect, it } from 'vitest';
import { type DateWindow, groupByMonth, machineDate } from './dates.ts';

const day: DateWindow = { earliest: '2019-01-18', latest: '2019-01-18', precision: 'DAY' };
const lateFebruary: DateWindow = { earliest: '2019-02-20', latest: '2019-02-28', precision: 'PART_OF_MONTH' };
const june: DateWindow = { earliest: '2018-06-01', latest: '2018-06-30', precision: 'MONTH' };
const sinceJune: DateWindow = { earliest: '2018-06-01', latest: '2019-01-18', precision: 'RANGE' };

describe('machineDate', () => {
  it('gives a day, month or year, and nothing for a window that has no single form', () => {
    expect(machineDate(day)).toBe('2019-01-18');
    expect(machineDate(lateFebruary)).toBe('2019-02');
    expect(machineDate(june)).toBe('2018-06');
    expect(machineDate({ earliest: '2019-01-01', latest: '2019-12-31', precision: 'YEAR' })).toBe('2019');
    expect(machineDate(sinceJune)).toBeNull();
  });
});

describe('groupByMonth', () => {
  it('keeps the order given and groups records of the same month together', () => {
    const items = [
      { id: 'a', date: june },
      { id: 'b', date: { ...day, earliest: '2019-01-16', latest: '2019-01-16' } },
      { id: 'c', date: day },
      { id: 'd', date: lateFebruary },
    ];
    const groups = groupByMonth(items, (item) => item.date);
    expect(groups.map((g) => [g.heading, g.items.map((i) => i.id)])).toEqual([
      ['June 2018', ['a']],
      ['January 2019', ['b', 'c']],
      ['February 2019', ['d']],
    ]);
  });

  it('puts a window spanning months under a heading naming the whole span, not a made-up month', () => {
    const groups = groupByMonth([{ date: sinceJune }], (item) => item.date);
    expect(groups[0]?.heading).toBe('June 2018 – January 2019');
    expect(groups[0]?.key).toBe('2018-06/2019-01');
  });
});
