import type { EnumOf } from '../graphql.ts';

/** The parts of a fuzzy date the site reasons about: its bounds and how finely it is known. */
export interface DateWindow {
  earliest: string;
  latest: string;
  precision: EnumOf<'DatePrecision'>;
}

/** A value for `<time dateTime>` when the date has one honest form (a day, a month, a year), else null. */
export function machineDate(date: DateWindow): string | null {
  switch (date.precision) {
    case 'DAY':
      return date.earliest;
    case 'PART_OF_MONTH':
    case 'MONTH':
      return date.earliest.slice(0, 7);
    case 'YEAR':
      return date.earliest.slice(0, 4);
    case 'RANGE':
      return null;
  }
}

const monthOf = (iso: string) => iso.slice(0, 7);

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2019-02" → "February 2019". */
const monthName = (yearMonth: string): string => monthFormat.format(new Date(`${yearMonth}-01T00:00:00Z`));

/** A heading for records whose dates fall in one span: a month, or the months a wider window covers. */
export interface MonthGroup<T> {
  key: string;
  heading: string;
  items: T[];
}

/**
 * Groups records in the order given by the month they fall in. A record whose window spans several
 * months is never pinned to one of them: it goes under a heading naming the whole span.
 */
export function groupByMonth<T>(items: readonly T[], dateOf: (item: T) => DateWindow): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  const byKey = new Map<string, MonthGroup<T>>();
  for (const item of items) {
    const { earliest, latest } = dateOf(item);
    const first = monthOf(earliest);
    const last = monthOf(latest);
    const key = first === last ? first : `${first}/${last}`;
    const heading = first === last ? monthName(first) : `${monthName(first)} – ${monthName(last)}`;
    let group = byKey.get(key);
    if (!group) {
      group = { key, heading, items: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}
