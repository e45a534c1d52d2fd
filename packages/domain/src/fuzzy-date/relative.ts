// English only: the package's index loads every locale's parsers (284 → 69 ms).
import * as chrono from 'chrono-node/en';
import type { FuzzyDate } from '../records/fuzzy-date.ts';
import { addDays, addMonths, MONTHS, mondayOf, parseIso } from './calendar.ts';
import { day, FuzzyDateError, type MonthPart, month, partOfMonth, range, year } from './edtf.ts';

type Rule = {
  pattern: RegExp;
  resolve: (match: RegExpExecArray, published: string) => Omit<FuzzyDate, 'text'>;
};

const monthPattern = MONTHS.join('|');
const monthNumber = (name: string) => MONTHS.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1;

/** The year in which a named month falls, as news speaks: the nearest such month to the publication date. */
function yearOfMonth(name: string, published: string): number {
  const { year: y, month: m } = parseIso(published);
  const target = monthNumber(name);
  if (target - m > 6) return y - 1;
  if (m - target > 6) return y + 1;
  return y;
}

const partWords: Record<string, MonthPart> = {
  'near the end of': 'late',
  'the end of': 'late',
  'end of': 'late',
  'late in': 'late',
  late: 'late',
  'the middle of': 'mid',
  'middle of': 'mid',
  mid: 'mid',
  'the beginning of': 'early',
  'beginning of': 'early',
  'the start of': 'early',
  'start of': 'early',
  early: 'early',
};

/** Phrases chrono reads as single instants; Parley keeps them as the windows they mean. */
const rules: Rule[] = [
  {
    pattern: new RegExp(
      `^(?:at |near |toward |towards |by )?(${Object.keys(partWords).join('|')})[ -](${monthPattern})(?: (\\d{4}))?$`,
      'i',
    ),
    resolve: (m, published) => {
      const name = m[2] as string;
      const y = m[3] ? Number(m[3]) : yearOfMonth(name, published);
      return partOfMonth(y, monthNumber(name), partWords[(m[1] as string).toLowerCase()] as MonthPart);
    },
  },
  {
    pattern: /^earlier this week$/i,
    resolve: (_m, published) => {
      const monday = mondayOf(published);
      if (monday === published)
        throw new FuzzyDateError('"earlier this week" has no earlier day when published on a Monday');
      return range(monday, addDays(published, -1));
    },
  },
  { pattern: /^this week$/i, resolve: (_m, p) => range(mondayOf(p), addDays(mondayOf(p), 6)) },
  { pattern: /^last week$/i, resolve: (_m, p) => range(addDays(mondayOf(p), -7), addDays(mondayOf(p), -1)) },
  { pattern: /^next week$/i, resolve: (_m, p) => range(addDays(mondayOf(p), 7), addDays(mondayOf(p), 13)) },
  {
    pattern: /^(last|this|next) month$/i,
    resolve: (m, p) => {
      const shift = { last: -1, this: 0, next: 1 }[
        (m[1] as string).toLowerCase() as 'last' | 'this' | 'next'
      ];
      const { year: y, month: mo } = parseIso(addMonths(p, shift));
      return month(y, mo);
    },
  },
  {
    pattern: /^(last|this|next) year$/i,
    resolve: (m, p) => {
      const shift = { last: -1, this: 0, next: 1 }[
        (m[1] as string).toLowerCase() as 'last' | 'this' | 'next'
      ];
      return year(parseIso(p).year + shift);
    },
  },
];

/** Everything else (weekdays, "yesterday", "this morning", "June 2018", "18 January 2019") goes to chrono. */
function resolveWithChrono(text: string, published: string): Omit<FuzzyDate, 'text'> {
  const { year: y, month: mo, day: d } = parseIso(published);
  // Noon UTC keeps chrono's local-time arithmetic from crossing a day boundary.
  const reference = { instant: new Date(Date.UTC(y, mo - 1, d, 12)), timezone: 0 };
  const [result] = chrono.parse(text, reference, { forwardDate: false });
  // Words chrono left out may only be prepositions or a part of the day, never something that changes the date.
  const rest = result
    ? `${text.slice(0, result.index)} ${text.slice(result.index + result.text.length)}`.trim()
    : text;
  if (!result || (rest && !/^((on|in|at|during|the|morning|afternoon|evening|night)\s*)+$/i.test(rest))) {
    throw new FuzzyDateError(`cannot resolve "${text}" against ${published}`);
  }
  const start = result.start;
  const date = start.date();
  const iso = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
    .toISOString()
    .slice(0, 10);
  const { year: ry, month: rm } = parseIso(iso);
  // A weekday or relative day fixes the day; a month or year named alone keeps its own precision.
  if (
    start.isCertain('day') ||
    start.isCertain('weekday') ||
    /\b(today|yesterday|tonight|this (morning|afternoon|evening))\b/i.test(text)
  ) {
    return day(iso);
  }
  if (start.isCertain('month')) return month(ry, rm);
  if (start.isCertain('year')) return year(ry);
  throw new FuzzyDateError(`cannot resolve "${text}" against ${published}`);
}

/**
 * Resolves what a source said ("Friday", "earlier this week", "near the end of February", "last year")
 * against its publication date, keeping the source's words as the date's text and never inventing a day.
 */
export function resolveRelative(text: string, published: string): FuzzyDate {
  parseIso(published);
  const phrase = text.trim().replace(/\s+/g, ' ');
  for (const rule of rules) {
    const match = rule.pattern.exec(phrase);
    if (match) return { ...rule.resolve(match, published), text };
  }
  return { ...resolveWithChrono(phrase, published), text };
}
