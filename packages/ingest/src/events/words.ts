/** Word patterns the event rules share, as regular-expression source. */
import { MONTHS } from '@parley/domain';

// The domain's month names, and their abbreviations as news writes them.
const months = [
  ...MONTHS,
  'Jan\\.',
  'Feb\\.',
  'Mar\\.',
  'Apr\\.',
  'Aug\\.',
  'Sept?\\.',
  'Oct\\.',
  'Nov\\.',
  'Dec\\.',
];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A month or weekday name: a date's word, never a place's or a title's. */
export const CALENDAR = `(?:${[...months, ...weekdays].join('|')})(?![\\w'’-])`;

/** A capitalized word that is not a month or weekday ("Singapore", "D.C.", "Mar-a-Lago", "Korea's"). */
export const CAP = `(?!${CALENDAR})[A-Z][\\w'’.&-]*`;

/** Capitalized words in a row, with the small words names keep inside ("Gulf of Mexico"). */
export const CAP_RUN = `${CAP}(?:\\s+(?:(?:of|de|la|the)\\s+)?${CAP})*`;

/** Lower-case words that stand in titles and descriptions of people ("top North Korean official"). */
export const ROLE_WORDS =
  'top|senior|special|deputy|vice|former|foreign|chief|first|acting|visiting|official|officials|envoy|' +
  'diplomat|leader|minister|president|secretary|spokesman|spokeswoman|spokesperson|representative|adviser|' +
  'advisor|ambassador|counterpart|chairman|general|premier|spy|negotiator|aide|of|state|defense|national|' +
  'security|press|prime|the|and';

/** A word of a title before a name: capitalized, possessive, or a role word. */
export const TITLE_WORD = `(?:${CAP}|(?:${ROLE_WORDS})(?![\\w-]))`;

/** Ordinals that tell summits apart ("the second summit"). */
export const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

/** Words without the full stop that ends their sentence, kept when it ends an abbreviation ("D.C.", "U.S."). */
export function withoutStop(words: string): string {
  return words.replace(/(?<![A-Z]\.[A-Z]|\b[A-Z])\.$/, '');
}
