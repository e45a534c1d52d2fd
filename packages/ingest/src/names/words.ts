import { key, type Token } from './tokens.ts';
import { honorifics, titleHeads, titleJoiners, titleModifiers } from './vocabulary.ts';

// compromise's tags for the small words that are never names: "But", "While", "The", "Meanwhile".
const functionTags = [
  'Determiner',
  'Conjunction',
  'Preposition',
  'Pronoun',
  'Adverb',
  'Expression',
  'QuestionWord',
];
// …and for the words that begin a name only when compromise sees no name in them: "Look", "Sadly", "Officials".
const commonTags = [...functionTags, 'Verb', 'Adjective', 'Value', 'Modal', 'Copula', 'Negative', 'Plural'];
const personTags = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const placeTags = ['Place', 'Country', 'City', 'Region', 'Organization'];

const hasAny = (token: Token, tags: string[]) => tags.some((tag) => token.tags.has(tag));

export const isTitleHead = (token: Token) => token.word && titleHeads.has(key(token));
export const isTitleWord = (token: Token) =>
  token.word && (titleHeads.has(key(token)) || titleModifiers.has(key(token)));
export const isJoiner = (token: Token) => token.word && titleJoiners.has(key(token));
export const isHonorific = (token: Token) => token.word && honorifics.has(key(token));
export const isDate = (token: Token) => token.tags.has('Date');
/** compromise knows it as a person's name or part of one. */
export const isPersonTagged = (token: Token) => hasAny(token, personTags) && !token.tags.has('Honorific');
export const isPlaceTagged = (token: Token) => hasAny(token, placeTags);
/** An acronym or initialism standing for an institution or country: "DPRK", "U.S.", "CBS". */
export const isAcronym = (token: Token) => /^(?:\p{Lu}\.?){2,}$/u.test(token.text);

/**
 * A capitalised word that is a common word capitalised by position (first in the sentence or a quotation):
 * "But", "While", "Look", "Officials". compromise tags such words by their function, not as names.
 */
export const isCommonWord = (token: Token) =>
  token.initial && hasAny(token, commonTags) && !isPersonTagged(token) && !token.tags.has('ProperNoun');

/** A small word capitalised by position ("The", "But"): it cannot begin an organization's name either. */
export const isFunctionWord = (token: Token) => token.initial && hasAny(token, functionTags);

/** Whether two tokens are apart by spaces only (no comma, quote or other mark between them). */
export const adjacent = (sentence: string, left: Token, right: Token) =>
  left.after <= right.start && /^\s+$/.test(sentence.slice(left.after, right.start));
