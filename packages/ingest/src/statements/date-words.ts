import nlp from 'compromise';
import type { Span } from '../article/types.ts';
import { findDates } from '../events/dates.ts';
import { RELATIVE } from './lexicon.ts';

// Relative words chrono does not read: "Hours later", "moments earlier".
const LATER = /\b(?:hours|days|weeks|months|minutes|moments)\s+(?:later|earlier)\b/gi;
// An event a sentence opens on to date what follows: "After that summit, …".
const AFTER_EVENT =
  /^(?:(?:And|But|Yet|So)\s+)?((?:After|Following|Since|Before)\s+(?:that|the|this|last\s+\w+['’]s)\s+[\w-]+(?:\s+[\w-]+)?)(?=,)/;

/**
 * The words that date a saying: a date in the attribution's words (`region`, an offset range of the body) with no
 * other verb between it and the verb of saying, the nearest to it; verbatim from the body, or null.
 */
export function dateWordsOf(body: string, blanked: string, region: Span, verb: Span): string | null {
  const text = blanked.slice(region.start, region.end);
  const leading = AFTER_EVENT.exec(text);
  const found: Span[] = [
    ...findDates(text),
    ...[...text.matchAll(LATER)].map((m) => ({
      text: m[0],
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    })),
    ...(leading?.[1]
      ? [{ text: leading[1], start: leading[0].length - leading[1].length, end: leading[0].length }]
      : []),
  ].map((d) => ({ text: d.text, start: region.start + d.start, end: region.start + d.end }));
  const relatives = [...text.matchAll(RELATIVE)].map((m) => ({
    start: region.start + (m.index ?? 0),
    end: region.start + (m.index ?? 0) + m[0].length,
  }));
  const between = (d: Span) =>
    d.end <= verb.start ? blanked.slice(d.end, verb.start) : blanked.slice(verb.end, d.start);
  const near = found
    .filter((d) => !hasVerb(between(d)) && !relatives.some((r) => r.start <= d.start && d.end <= r.end))
    .sort((a, b) => distance(a, verb) - distance(b, verb))[0];
  return near ? body.slice(near.start, near.end) : null;
}

const hasVerb = (words: string) => /\p{L}/u.test(words) && nlp(words).match('#Verb').not('#Gerund').found;
const distance = (d: Span, verb: Span) => (d.end <= verb.start ? verb.start - d.end : d.start - verb.end);
