import type { FuzzyDate } from '../records/fuzzy-date.ts';
import { daysInMonth, MONTHS, parseIso } from './calendar.ts';

const monthName = (m: number) => MONTHS[m - 1] ?? String(m);

function rangeLabel(earliest: string, latest: string): string {
  const a = parseIso(earliest);
  const b = parseIso(latest);
  const wholeMonths = a.day === 1 && b.day === daysInMonth(b.year, b.month);
  const wholeYears = wholeMonths && a.month === 1 && b.month === 12;
  if (wholeYears) return a.year === b.year ? String(a.year) : `${a.year}–${b.year}`;
  if (wholeMonths) {
    if (a.year === b.year) return `${monthName(a.month)}–${monthName(b.month)} ${a.year}`;
    return `${monthName(a.month)} ${a.year} – ${monthName(b.month)} ${b.year}`;
  }
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${monthName(a.month)} ${a.year}`;
  // Each end at the precision it has: a month starting on the 1st reads as the month.
  const start = a.day === 1 ? `${monthName(a.month)} ${a.year}` : `${a.day} ${monthName(a.month)} ${a.year}`;
  const end =
    b.day === daysInMonth(b.year, b.month)
      ? `${monthName(b.month)} ${b.year}`
      : `${b.day} ${monthName(b.month)} ${b.year}`;
  return `${start} – ${end}`;
}

function partOfMonthLabel(day: number, month: number, year: number): string {
  if (day >= 20) return `late ${monthName(month)} ${year}`;
  if (day >= 10) return `mid-${monthName(month)} ${year}`;
  return `early ${monthName(month)} ${year}`;
}

/** Human words for a fuzzy date at its own precision: "18 January 2019", "late February 2019", "June 2018". */
export function labelFuzzyDate(date: Pick<FuzzyDate, 'earliest' | 'latest' | 'precision'>): string {
  const { year, month, day } = parseIso(date.earliest);
  switch (date.precision) {
    case 'DAY':
      return `${day} ${monthName(month)} ${year}`;
    case 'MONTH':
      return `${monthName(month)} ${year}`;
    case 'YEAR':
      return String(year);
    case 'PART_OF_MONTH':
      return partOfMonthLabel(day, month, year);
    case 'RANGE':
      return rangeLabel(date.earliest, date.latest);
  }
}
