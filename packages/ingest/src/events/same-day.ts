// What a date's words say, by kind: a weekday, a month, a year, a day of the month, a part of the day.
const KINDS: [string, RegExp][] = [
  ['weekday', /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/],
  ['month', /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?=\s|$|\d|,)/],
  ['year', /\b\d{4}\b/],
  ['day', /\b(?:[12]?\d|3[01])(?:st|nd|rd|th)?\b(?!\d)/],
  ['part', /\b(?:morning|afternoon|evening|night|tonight|today|yesterday)\b/],
];

function keys(words: string): Map<string, string> {
  const lower = words.toLowerCase();
  const out = new Map<string, string>();
  for (const [kind, pattern] of KINDS) {
    const value = pattern.exec(kind === 'day' ? lower.replace(/\b\d{4}\b/g, '') : lower)?.[0];
    if (value) out.set(kind, kind === 'month' ? value.slice(0, 3) : value);
  }
  return out;
}

/**
 * Whether two dates' words may be the same day or time: one is missing, or they share something (a weekday, a
 * part of the day) and differ in nothing they both give. "Friday morning" and "this morning" may be; "Friday
 * afternoon" and "in June 2018" are not said to be.
 */
export function mayBeSameDate(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const [x, y] = [keys(a), keys(b)];
  let shared = false;
  for (const [kind, value] of x) {
    const other = y.get(kind);
    if (other === undefined) continue;
    if (other !== value) return false;
    shared = true;
  }
  return shared;
}
