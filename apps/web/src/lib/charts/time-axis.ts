import { scaleUtc } from 'd3-scale';
import { dayNumber, dayStart, isoDay } from './days.ts';

/** A span of whole days, both ends included, as ISO days. */
export interface DayRange {
  from: string;
  to: string;
}

/** A labelled tick; `zoom` is the span from it to the next tick, so a reader can zoom in on it. */
export interface AxisTick {
  x: number;
  label: string;
  zoom: DayRange;
}

/** Where days fall across the chart's width, and the ticks that name them. */
export interface TimeAxis {
  range: DayRange;
  /** The left edge of a day. */
  x: (day: number) => number;
  left: number;
  right: number;
  ticks: AxisTick[];
}

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** A tick's words at the precision its neighbours share: a year, a month, or a day. */
function tickLabel(ticks: Date[]): (date: Date) => string {
  if (ticks.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1))
    return (t) => String(t.getUTCFullYear());
  if (ticks.every((t) => t.getUTCDate() === 1)) return (t) => monthYear.format(t);
  return (t) => dayMonth.format(t);
}

/**
 * A linear scale over whole days from `range.from` to the end of `range.to`, between `left` and `right`, with
 * about `tickCount` ticks on round dates (years, months, weeks, days) that each zoom to the span they open.
 */
export function timeAxis(range: DayRange, left: number, right: number, tickCount: number): TimeAxis {
  const first = dayNumber(range.from);
  const end = dayNumber(range.to) + 1;
  const scale = scaleUtc()
    .domain([dayStart(first), dayStart(end)])
    .range([left, right]);
  // A tick on the end of the last day would open a period after the chart: it is left off.
  const dates = scale.ticks(tickCount).filter((d) => d < dayStart(end));
  const label = tickLabel(dates);
  const days = dates.map((d) => dayNumber(d.toISOString().slice(0, 10)));
  const ticks = days.map((day, i) => ({
    x: scale(dayStart(day)),
    label: label(dates[i] as Date),
    zoom: { from: isoDay(day), to: isoDay((days[i + 1] ?? end) - 1) },
  }));
  return { range, x: (day) => scale(dayStart(day)), left, right, ticks };
}
