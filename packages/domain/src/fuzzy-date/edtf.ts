/// <reference path="./edtf-module.d.ts" />
import edtf from 'edtf';
import type { DatePrecision } from '../records/enums.ts';
import type { FuzzyDate } from '../records/fuzzy-date.ts';
import { daysInMonth, isoDate, monthBounds, parseIso } from './calendar.ts';

/** Thrown for an EDTF string Parley cannot read, or bounds it cannot write as EDTF. */
export class FuzzyDateError extends Error {
  override name = 'FuzzyDateError';
}

/** The EDTF forms Parley keeps, by example: what a refused string should have looked like. */
const FORMS =
  'a day (2019-01-18), a month (2019-01), a year (2019), an interval (2018-06/2019-01-18) or part of a month (2019-02-2X)';

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The late part of a 30- or 31-day month is written as an interval from the 20th to the month's end. */
function isLatePartInterval(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-20\/\1-\2-(\d{2})$/.exec(value);
  return m !== null && Number(m[3]) === daysInMonth(Number(m[1]), Number(m[2])) && Number(m[3]) > 29;
}

function precisionOf(value: string, type: string): DatePrecision {
  if (isLatePartInterval(value)) return 'PART_OF_MONTH';
  if (type === 'Interval') return 'RANGE';
  if (/^\d{4}-\d{2}-\dX$/.test(value)) return 'PART_OF_MONTH';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'DAY';
  if (/^\d{4}-\d{2}$/.test(value)) return 'MONTH';
  if (/^\d{4}$/.test(value)) return 'YEAR';
  throw new FuzzyDateError(`EDTF "${value}" is valid but not a form Parley keeps: ${FORMS}`);
}

/** Reads an EDTF string (day, month, year, interval, unspecified day digits) into a FuzzyDate. */
export function parseEdtf(value: string, text: string | null = null): FuzzyDate {
  let parsed: ReturnType<typeof edtf>;
  try {
    parsed = edtf(value);
  } catch (error) {
    // The parser's own account (thousands of characters: every token it expected) stays in `cause`.
    throw new FuzzyDateError(`"${value}" is not a valid EDTF date; write ${FORMS}`, { cause: error });
  }
  if (!Number.isFinite(parsed.min) || !Number.isFinite(parsed.max)) {
    throw new FuzzyDateError(`"${value}" has an open end; Parley needs both bounds`);
  }
  return {
    text,
    edtf: parsed.toEDTF(),
    earliest: utcDay(parsed.min),
    latest: utcDay(parsed.max),
    precision: precisionOf(value, parsed.type),
  };
}

/** A single day. */
export function day(date: string, text: string | null = null): FuzzyDate {
  parseIso(date);
  return { text, edtf: date, earliest: date, latest: date, precision: 'DAY' };
}

/** A whole month. */
export function month(year: number, monthNumber: number, text: string | null = null): FuzzyDate {
  const bounds = monthBounds(year, monthNumber);
  return { text, edtf: bounds.earliest.slice(0, 7), ...bounds, precision: 'MONTH' };
}

/** A whole year. */
export function year(yearNumber: number, text: string | null = null): FuzzyDate {
  const y = String(yearNumber).padStart(4, '0');
  return { text, edtf: y, earliest: `${y}-01-01`, latest: `${y}-12-31`, precision: 'YEAR' };
}

/** Which third of a month: early (1–9), mid (10–19) or late (20 to the end), as EDTF unspecified digits. */
export type MonthPart = 'early' | 'mid' | 'late';
const firstDigit: Record<MonthPart, number> = { early: 0, mid: 1, late: 2 };

export function partOfMonth(
  yearNumber: number,
  monthNumber: number,
  part: MonthPart,
  text: string | null = null,
) {
  const digit = firstDigit[part];
  const last = daysInMonth(yearNumber, monthNumber);
  // EDTF "2X" means days 20–29; a late part of a 30- or 31-day month needs an interval to reach its end.
  const edtfValue =
    part === 'late' && last > 29
      ? `${isoDate(yearNumber, monthNumber, 20)}/${isoDate(yearNumber, monthNumber, last)}`
      : `${isoDate(yearNumber, monthNumber, 1).slice(0, 8)}${digit}X`;
  const earliest = isoDate(yearNumber, monthNumber, Math.max(1, digit * 10));
  const latest = isoDate(yearNumber, monthNumber, part === 'late' ? last : digit * 10 + 9);
  return { text, edtf: edtfValue, earliest, latest, precision: 'PART_OF_MONTH' } satisfies FuzzyDate;
}

/** An inclusive range of days; each end is written at the precision it has (whole month, whole year or day). */
export function range(earliest: string, latest: string, text: string | null = null): FuzzyDate {
  const start = parseIso(earliest);
  const end = parseIso(latest);
  if (earliest > latest) throw new FuzzyDateError(`range starts ${earliest}, after its end ${latest}`);
  const startEdtf = start.day === 1 ? (start.month === 1 ? `${start.year}` : earliest.slice(0, 7)) : earliest;
  const endIsMonthEnd = end.day === daysInMonth(end.year, end.month);
  const endEdtf = endIsMonthEnd ? (end.month === 12 ? `${end.year}` : latest.slice(0, 7)) : latest;
  const edtfValue = `${startEdtf}/${endEdtf}`;
  return { text, edtf: edtfValue, earliest, latest, precision: 'RANGE' };
}
