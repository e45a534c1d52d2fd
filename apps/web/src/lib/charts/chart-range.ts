import { firstParam, isCalendarDay, type SearchParamsInput } from '../search-params.ts';
import { BadArgumentError } from '../urql/answer.ts';
import type { DayRange } from './time-axis.ts';

/** The search parameters that zoom a chart: the first and last day shown, so a view can be shared. */
export const RANGE_PARAMS = { from: 'from', to: 'to' } as const;

/** The days a chart's address asks for, either end possibly open. */
export interface AskedRange {
  from: string | null;
  to: string | null;
}

/** Reads `from` and `to`; a value that is not a day, or a range that ends before it starts, is the reader's mistake. */
export function readChartRange(params: SearchParamsInput): AskedRange {
  const day = (name: string) => {
    const value = firstParam(params, name);
    if (value === undefined) return null;
    if (!isCalendarDay(value))
      throw new BadArgumentError(`“${value}” is not a day written as YYYY-MM-DD, e.g. 2019-02-01`, name);
    return value;
  };
  const range = { from: day(RANGE_PARAMS.from), to: day(RANGE_PARAMS.to) };
  if (range.from && range.to && range.to < range.from)
    throw new BadArgumentError(
      `the range ends (${range.to}) before it starts (${range.from})`,
      RANGE_PARAMS.to,
    );
  return range;
}

/** The ends of a range the address asked for, as parameters another form of the page keeps (the "as of" one). */
export function rangeParams(asked: AskedRange): [string, string][] {
  return (['from', 'to'] as const).flatMap((end) => {
    const day = asked[end];
    return day ? [[RANGE_PARAMS[end], day] as [string, string]] : [];
  });
}

/** The range to draw: the one asked for, its open ends closed by the data's. */
export function drawnRange(asked: AskedRange, data: DayRange | null): DayRange | null {
  const from = asked.from ?? data?.from;
  const to = asked.to ?? data?.to;
  if (!from || !to) return null;
  return to < from ? { from, to: from } : { from, to };
}

/** A chart page's address zoomed to `range`, keeping the day the record is shown as of. */
export function zoomHref(path: string, range: DayRange, asOf: string | null): string {
  const params = new URLSearchParams({ [RANGE_PARAMS.from]: range.from, [RANGE_PARAMS.to]: range.to });
  if (asOf) params.set('asOf', asOf);
  return `${path}?${params}`;
}
