// English only: the package's index loads every locale's parsers (284 → 69 ms).
import * as chrono from 'chrono-node/en';
import type { Phrase } from './phrases.ts';

// Any reference day: only where the words stand matters here, the proposal resolves them against publication.
const reference = new Date(Date.UTC(2000, 0, 3, 12));

// What chrono leaves off the front of a date that the domain's resolveRelative reads as part of it.
const partOf = /(?:\b(?:at|near|toward|towards|by)\s+)?(?:\bthe\s+)?$/i;
const monthPart = /\b(?:early|mid|late)[- ]$/i;
const earlier = /\bearlier\s+$/i;
const preposition = /\b(?:on|in|at|during)\s+$/i;

/** Words chrono reads as a time that are not one the article gives a date by. */
const notADate = /^(?:now|for\b.*|.*\b(?:after|before)|\d+)$/i;

/**
 * The dates a sentence gives, as verbatim spans with the preposition they stand after ("on Thursday", "at the
 * end of February", "earlier this week", "in June 2018"), found by chrono.
 */
export function findDates(text: string): Phrase[] {
  const found: Phrase[] = [];
  for (const result of chrono.parse(text, reference)) {
    let start = result.index;
    const words = result.text.replace(/[\s,;:]+$/, '').replace(/(?<![A-Z][a-z]{2,3}|\b[ap]\.m)\.$/, '');
    const end = start + words.length;
    if (notADate.test(words)) continue;
    const before = text.slice(0, start);
    const lead = /^(?:end|beginning|start|middle)\b/i.test(words)
      ? partOf.exec(before)
      : (monthPart.exec(before) ?? earlier.exec(before));
    if (lead?.[0]) start -= lead[0].length;
    if (!/^(?:on|in|at|during|near|toward|towards|by)\b/i.test(text.slice(start, end)))
      start -= preposition.exec(text.slice(0, start))?.[0].length ?? 0;
    found.push({ kind: 'date', text: text.slice(start, end), start, end });
  }
  return found;
}
