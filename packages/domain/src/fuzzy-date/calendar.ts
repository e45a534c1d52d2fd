/** Calendar arithmetic on ISO dates (YYYY-MM-DD), always in UTC so no time zone shifts a day. */

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function parseIso(date: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`"${date}" is not a date in the form YYYY-MM-DD`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Year 0000 does not exist in the Gregorian calendar PostgreSQL uses (1 BC is followed by AD 1).
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`"${date}" is not a calendar date`);
  }
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

export function addDays(date: string, days: number): string {
  const { year, month, day } = parseIso(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Shifts by whole months and returns the first day of the resulting month. */
export function addMonths(date: string, months: number): string {
  const { year, month } = parseIso(date);
  const d = new Date(Date.UTC(year, month - 1 + months, 1));
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  const { year, month, day } = parseIso(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The Monday that starts the ISO week holding `date`. */
export function mondayOf(date: string): string {
  return addDays(date, -((weekday(date) + 6) % 7));
}

export function monthBounds(year: number, month: number): { earliest: string; latest: string } {
  return { earliest: isoDate(year, month, 1), latest: isoDate(year, month, daysInMonth(year, month)) };
}

export function isIsoDate(value: string): boolean {
  try {
    parseIso(value);
    return true;
  } catch {
    return false;
  }
}
