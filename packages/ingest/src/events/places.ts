import type { Phrase } from './phrases.ts';
import { CAP, CAP_RUN, withoutStop } from './words.ts';

/** Nouns that name a venue without a capital ("a hotel", "his residence"). */
const VENUE =
  'hotel|resort|residence|embassy|palace|office|headquarters|compound|estate|villa|restaurant|club|hall|' +
  'building|ministry|base|airport|guesthouse|retreat|lodge|ranch|mansion|house|room|garden|zone|island|' +
  'village|border|capital|city|port|station|center|centre|complex';
// A lower-case word that may describe a venue ("a luxury hotel"), never a function word.
const MODIFIER =
  '(?!(?:of|to|for|with|in|at|on|near|by|be|and|or|from|as|that|which|who|yet|after|before|than|is|was)\\b)[a-z][\\w-]*';
const DETERMINER = `(?:the|a|an|his|her|their|its|${CAP}['’]s)`;
const NOUN_PHRASE = `(?:${DETERMINER}\\s+)?(?:(?:${CAP_RUN}|${MODIFIER})\\s+){0,3}(?:(?:${VENUE})s?\\b|${CAP_RUN})`;
const IN_PLACE = `(?:\\s+(?:in|near|outside|of)\\s+(?:the\\s+)?${CAP_RUN})*`;
// "on the sidelines of the G20 summit in Osaka": a gathering stands for its venue.
const GATHERING = `on the sidelines of\\s+(?:(?:the|a|an|this|last|next)\\s+)?(?:[\\w.'’-]+\\s+){0,4}?(?:summit|meeting|conference|forum|assembly|session|talks|Games|Olympics)`;
const PLACE = new RegExp(
  `\\b(?:(?:in|at|inside|outside|near|aboard)\\s+${NOUN_PHRASE}|${GATHERING})${IN_PLACE}`,
  'g',
);

/**
 * The places a sentence gives after "in", "at" and the like: a capitalized name ("in New York") or a venue
 * ("at a hotel in Northwest D.C."), never a date ("in June 2018") or a placeholder ("at a location yet to be
 * announced"). A final full stop is kept only when it ends an abbreviation ("D.C.").
 */
export function findPlaces(text: string): Phrase[] {
  return [...text.matchAll(PLACE)].map((match) => {
    const start = match.index ?? 0;
    const words = withoutStop(match[0]).replace(/['’]s$/, '');
    return { kind: 'place', text: words, start, end: start + words.length };
  });
}
