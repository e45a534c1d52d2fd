import nlp from 'compromise';
import { abbreviations } from './vocabulary.ts';

/** A word or mark of a sentence, with compromise's tags for words. */
export interface Token {
  /** The word as written, a possessive "'s" left out ("Korea" of "Korea's"). */
  text: string;
  start: number;
  /** Where the word ends, its possessive left out. */
  end: number;
  /** Where the token ends in the sentence, its possessive included. */
  after: number;
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  possessive: boolean;
  /** First word of the sentence, or of a quotation or clause that opens with a capital by rule. */
  initial: boolean;
  tags: ReadonlySet<string>;
}

const pieces = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\d]*(?:[-‐‑'’][\p{L}\p{M}\d]+)*\.?|\d+(?:[.,:]\d+)*|\S/gu;

/** The word lower-cased, without a final period or hyphens: what the word lists hold. */
export const key = (token: Token) => token.text.toLowerCase().replace(/\.$/, '');

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** What compromise's lexicon knows a word as, whatever the sentence ("Pyongyang" is a city even as a subject). */
function lexiconTags(word: string): string[] {
  const known = lexicon[word.toLowerCase()];
  return known === undefined ? [] : [known].flat();
}

/** compromise's tags for each word of the sentence, by the offset the word starts at. */
function tagsByStart(sentence: string): Map<number, Set<string>> {
  const tags = new Map<number, Set<string>>();
  type Term = { terms: { tags: string[] }[]; offset: { start: number } };
  for (const term of nlp(sentence).terms().json({ offset: true }) as Term[])
    tags.set(term.offset.start, new Set(term.terms[0]?.tags ?? []));
  return tags;
}

/** The sentence's words and marks, in order. */
export function tokenize(sentence: string): Token[] {
  const tags = tagsByStart(sentence);
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(pieces)) {
    let text = match[0];
    const start = match.index;
    // the apostrophe of a plural's possessive is part of the word before
    if (start < (tokens.at(-1)?.after ?? 0)) continue;
    const word = /^\p{L}/u.test(text);
    // A period belongs to an initial ("J."), an acronym ("U.S.") or an abbreviation ("Mr."); else it ends the sentence.
    if (
      word &&
      text.endsWith('.') &&
      !/^(?:\p{Lu}\.)+$/u.test(text) &&
      !abbreviations.has(text.slice(0, -1).toLowerCase())
    ) {
      text = text.slice(0, -1);
      tokens.push(token(text, start, sentence, tokens, tags));
      tokens.push(token('.', start + text.length, sentence, tokens, tags));
      continue;
    }
    tokens.push(token(text, start, sentence, tokens, tags));
  }
  return tokens;
}

function token(
  written: string,
  start: number,
  sentence: string,
  before: Token[],
  tags: Map<number, Set<string>>,
): Token {
  const word = /^\p{L}/u.test(written);
  let text = written;
  let possessive = false;
  let after = start + written.length;
  if (word && /.['’]s$/u.test(text)) {
    text = text.slice(0, -2);
    possessive = true;
  } else if (word && /s$/.test(text) && /^['’](?![\p{L}])/u.test(sentence.slice(after))) {
    // a plural's possessive: "CBS News' host"
    possessive = true;
    after += 1;
  }
  const previous = before.at(-1);
  // after an opening quotation mark (written against the word), a colon, a dash or a sentence's end
  const opening =
    previous?.after === start && /^["'“‘([]$/u.test(previous.text)
      ? true
      : /^[.!?:;—–-]$/u.test(previous?.text ?? '');
  const initial = word && (!previous || opening);
  return {
    text,
    start,
    end: start + text.length,
    after,
    word,
    cap: word && /^\p{Lu}/u.test(text),
    possessive,
    initial,
    tags: new Set([...(tags.get(start) ?? []), ...(word ? lexiconTags(text) : [])]),
  };
}
