import { describe, expect, it } from 'vitest';
import { dayNumber } from './days.ts';
import { timeAxis } from './time-axis.ts';

describe('timeAxis', () => {
  const axis = timeAxis({ from: '2018-06-01', to: '2019-02-28' }, 0, 900, 6);

  it('spans the first day to the end of the last', () => {
    expect(axis.x(dayNumber('2018-06-01'))).toBe(0);
    expect(axis.x(dayNumber('2019-03-01'))).toBe(900);
  });

  it('over months, names months and zooms each tick to the span up to the next', () => {
    expect(axis.ticks.map((t) => t.label)).toContain('Jan 2019');
    const january = axis.ticks.find((t) => t.label === 'Jan 2019');
    expect(january?.zoom.from).toBe('2019-01-01');
    const next = axis.ticks[axis.ticks.indexOf(january as (typeof axis.ticks)[number]) + 1];
    expect(dayNumber(january?.zoom.to ?? '') + 1).toBe(dayNumber(next?.zoom.from ?? ''));
    expect(axis.ticks.at(-1)?.zoom.to).toBe('2019-02-28');
  });

  it('leaves off a tick on the end of the last day, which would open a period after the chart', () => {
    expect(axis.ticks.map((t) => t.label)).not.toContain('Mar 2019');
    for (const tick of axis.ticks) expect(tick.zoom.from <= tick.zoom.to).toBe(true);
  });

  it('over days, names days', () => {
    const week = timeAxis({ from: '2019-01-14', to: '2019-01-20' }, 0, 700, 7);
    expect(week.ticks.map((t) => t.label)).toContain('18 Jan');
  });
});
