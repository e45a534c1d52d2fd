import nlp from 'compromise';
import type { Span } from '../article/types.ts';
import { ADVERBS } from './lexicon.ts';

const PASSIVE = new RegExp(`\\b(?:is|are|was|were|be|been|being)\\s+(?:${ADVERBS}\\s+)?$`, 'i');
const NEGATED = /\b(?:not|never|n['’]t|no one|nobody)\s+(?:\w+\s+)?$/i;

/** Whether the verb at `at` is not someone saying something: passive ("to be announced") or negated ("has not yet announced"). */
export function notSaying(blanked: string, from: number, at: number): boolean {
  const before = blanked.slice(from, at);
  return PASSIVE.test(before) || NEGATED.test(before);
}

// Words after a verb of saying that start what was said (or another clause), not the saying's circumstances.
const CLAUSE_START =
  /^(?:that|he|she|it|they|we|i|you|there|after|before|when|while|as|because|if|since|until|where|which|who|whose|and|but|adding|saying)$/i;
const DAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)$/i;
const DETERMINER = /^(?:the|a|an|this|these|those|his|her|its|their|our|my|your)$/i;
const LEADS_PHRASE =
  /^(?:in|on|at|during|to|with|from|outside|inside|via|through|over|aboard|by|near|for|of|into|across|around|behind|beside|within|under)$/i;

/** Whether words open with a clause's subject and verb ("progress has been made", "North Korea had asked"). */
const opensClause = (words: string) =>
  nlp(words.split(/\bthat\b|[,:;"“”]/)[0] ?? '').has(
    '^(#Determiner|#Possessive|#Adjective|#Noun|#Value)+ #Adverb? (#Auxiliary|#Verb)',
  );

/**
 * Where the circumstances after a verb of saying end (its object, place, medium and date: "told reporters outside
 * the White House Friday", "said in a statement carried by state media"): at what was said, a new clause, or
 * punctuation. An offset of the body.
 */
export function headEnd(blanked: string, verbEnd: number, limit: number): number {
  const words = /\s*([^\s,:;"“”.?!—–]+)/y;
  let at = verbEnd;
  let previous = '';
  for (let count = 0; count < 12; count++) {
    words.lastIndex = at;
    const match = words.exec(blanked);
    if (!match || words.lastIndex > limit) break;
    const word = match[1] as string;
    if (CLAUSE_START.test(word) || (DETERMINER.test(word) && !LEADS_PHRASE.test(previous))) break;
    // A clause said right after the verb, with no article to tell it: "insisted progress has been made"
    // (but "said Tuesday it would …" dates the saying).
    if (count === 0 && !DAY.test(word) && opensClause(blanked.slice(at, limit))) break;
    // A dotted abbreviation ends a word, not the sentence: "the U.S. Embassy".
    at = words.lastIndex;
    if (blanked[at] === '.' && /^(?:[A-Z]\.?)+$/.test(`${word}`)) at++;
    previous = word;
  }
  return at;
}

/** Whether words form a clause (a subject and a verb): "he rescheduled the meeting", not "a specific date". */
export function isClause(words: string): boolean {
  // A clause's subject and verb come first: the rest only slows the tagger.
  const doc = nlp(words.split(/\s+/).slice(0, 14).join(' '));
  return doc.has('#Verb') && doc.has('^(#Pronoun|#Determiner|#Noun|#Adjective|#Value)');
}

/** The span of `text` between two offsets. */
export const spanOf = (text: string, start: number, end: number): Span => ({
  text: text.slice(start, end),
  start,
  end,
});

/** The words of the body between two offsets, trimmed of space and of final punctuation, as a span. */
export function trimmed(body: string, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(body[start] as string)) start++;
  while (end > start && /[\s.,;:]/.test(body[end - 1] as string)) end--;
  // Keep the period of an abbreviation that ends the clause ("the U.S.").
  if (body[end] === '.' && /(?:^|[\s.])[A-Z]$/.test(body.slice(start, end))) end++;
  return { text: body.slice(start, end), start, end };
}
