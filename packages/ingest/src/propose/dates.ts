import { type FuzzyDate, FuzzyDateError, resolveRelative } from '@parley/domain';

/**
 * The date the article's words give, resolved against its publication day; undefined when the words give no
 * date the domain can read ("hours later"): the caller then dates by context, never by guessing a day.
 */
export function dateOf(words: string | null | undefined, published: string): FuzzyDate | undefined {
  if (!words) return undefined;
  const phrase = words.trim().replace(/[.,;:]+$/, '');
  try {
    return resolveRelative(phrase, published);
  } catch (error) {
    if (error instanceof FuzzyDateError) return undefined;
    throw error;
  }
}

const numbers: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** Minutes the words give ("for an hour and half", "about 90 minutes", "two hours"); undefined otherwise. */
export function minutesOf(words: string | null | undefined): number | undefined {
  if (!words) return undefined;
  const text = words.toLowerCase();
  const count = (w: string) => numbers[w] ?? Number(w);
  const minutes = /(\d+|an?|one|two|three|four|five|six)\s+minutes?/.exec(text);
  const hours = /(\d+|an?|one|two|three|four|five|six)\s+hours?/.exec(text);
  const half = /\b(?:and\s+(?:a\s+)?half)\b|\bhalf\s+an\s+hour\b/.test(text) ? 30 : 0;
  const total =
    (hours ? count(hours[1] as string) * 60 : 0) + (minutes ? count(minutes[1] as string) : 0) + half;
  return total > 0 && Number.isFinite(total) ? total : undefined;
}

/** Whether date `a` pins down more than `b` (fewer days). */
export function narrower(a: FuzzyDate, b: FuzzyDate): boolean {
  const span = (d: FuzzyDate) => Date.parse(d.latest) - Date.parse(d.earliest);
  return span(a) < span(b);
}
