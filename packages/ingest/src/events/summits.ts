import type { Article } from '../article/types.ts';
import { objectsAfter } from './roles.ts';
import { type Reading, readSentences } from './sentences.ts';
import { CAP_RUN, ORDINALS, withoutStop } from './words.ts';

/** Words of a sentence that name a summit: "A second U.S.-North Korea summit", "his planned June 12 summit in Singapore". */
export interface SummitPhrase {
  text: string;
  start: number;
  end: number;
  /** Where what the sentence says of the summit goes on: after the words, and after who holds it. */
  after: number;
  /** "the second summit" → 2. */
  ordinal: number | null;
  /** The place its own words give: "in Singapore" → "Singapore". */
  placeWords: string | null;
  /** What tells it from other summits: 2 an ordinal, a name or a date ("the Singapore summit"); 1 who holds it; 0 nothing. */
  specificity: 0 | 1 | 2;
  /** What the article means by it: itself, or for "the summit" the last summit it named more precisely. */
  meant: { text: string; key: string };
}

const DETERMINER = /^(?:a|an|the|this|that|his|her|their|its|another|our|your)$/i;
const POSSESSIVE = /^[\w.-]+['’]s?$/;
const possessive = (word: string) => POSSESSIVE.test(word);
const MODIFIER =
  /^(?:planned|proposed|possible|potential|upcoming|historic|nuclear|bilateral|trilateral|new|next|last|previous|earlier|failed|landmark|informal|emergency|virtual|annual|leaders['’]?|most|important|big|much|long|first-ever|[a-z]+-[a-z-]+)$/;
const NAME_OR_NUMBER = /^[A-Z0-9][\w.'’&-]*$/;
const ORDINAL = new RegExp(`^(?:${ORDINALS.join('|')}|\\d+(?:st|nd|rd|th))$`, 'i');
const IN_PLACE = new RegExp(`^\\s+in\\s+(${CAP_RUN})`);

/** Where the words naming the summit begin, going left from its head word over determiners and modifiers. */
function startOf(text: string, head: number): { start: number; words: string[] } {
  const words: string[] = [];
  let start = head;
  for (;;) {
    const token = /(\S+)\s+$/.exec(text.slice(0, start));
    const word = token?.[1];
    if (!token || !word || /[,;:"“”()]/.test(word)) return { start, words };
    if (
      !DETERMINER.test(word) &&
      !possessive(word) &&
      !ORDINAL.test(word) &&
      !MODIFIER.test(word) &&
      !NAME_OR_NUMBER.test(word)
    )
      return { start, words };
    if (possessive(word) && words.some(possessive)) return { start, words };
    start = token.index;
    words.unshift(word);
    if (DETERMINER.test(word)) return { start, words };
  }
}

/** The summits a sentence names, before resolving what "the summit" means. */
function summitsIn(reading: Reading): Omit<SummitPhrase, 'meant'>[] {
  const { text, people, blanked } = reading;
  return [...text.matchAll(/\bsummits?\b(?:\s+(?:meeting|talks)\b)?/g)].map((m) => {
    const head = m.index ?? 0;
    const { start, words } = startOf(text, head);
    let end = head + m[0].length;
    const inPlace = IN_PLACE.exec(text.slice(end));
    const placeWords = (inPlace?.[1] && withoutStop(inPlace[1]).replace(/['’]s$/, '')) ?? null;
    if (inPlace && placeWords) end += inPlace[0].length - (inPlace[1] as string).length + placeWords.length;
    const ordinalWord = words.find((w) => ORDINAL.test(w));
    const ordinal = ordinalWord
      ? ORDINALS.indexOf(ordinalWord.toLowerCase()) + 1 || Number.parseInt(ordinalWord, 10)
      : null;
    const named = words.some((w) => NAME_OR_NUMBER.test(w) && !possessive(w) && !DETERMINER.test(w));
    let specificity: SummitPhrase['specificity'] = ordinal || placeWords || named ? 2 : 0;
    // "the summit between Trump and Kim", "his summit with North Korean leader Kim Jong Un".
    const tail = /^\s+(?:with|between)\s+/.exec(text.slice(end));
    const heldBy = tail ? objectsAfter(blanked, people, end + tail[0].length, false).at(-1)?.end : undefined;
    const after = heldBy ?? end;
    if (specificity === 0 && heldBy) {
      // Who holds it is then all that tells it apart.
      end = heldBy;
      specificity = 1;
    }
    return { text: text.slice(start, end), start, end, after, ordinal, placeWords, specificity };
  });
}

/** What tells summits apart for merging what the article says of them: ordinal, place, name, or the words. */
function keyOf(summit: Omit<SummitPhrase, 'meant'>): string {
  if (summit.ordinal) return `#${summit.ordinal}`;
  if (summit.placeWords) return summit.placeWords.toLowerCase();
  const names = summit.text
    .split(/\s+/)
    .filter((w) => NAME_OR_NUMBER.test(w) && !possessive(w) && !DETERMINER.test(w) && !/^\d/.test(w));
  if (names.length) return names.join(' ').toLowerCase();
  return summit.text.toLowerCase().replace(/^\S+\s+/, '');
}

const cache = new WeakMap<Article, SummitPhrase[][]>();

/**
 * The summits each sentence names, each with what the article means by it: "the summit" is the last summit it
 * named by an ordinal, a name or a date (or, lacking one, by who holds it).
 */
export function readSummits(article: Article): SummitPhrase[][] {
  const cached = cache.get(article);
  if (cached) return cached;
  const best: Partial<Record<1 | 2, SummitPhrase['meant']>> = {};
  const read = readSentences(article).map((reading) =>
    summitsIn(reading).map((summit) => {
      const own = { text: summit.text, key: keyOf(summit) };
      const meant =
        summit.specificity === 2 ? own : (best[2] ?? (summit.specificity === 0 ? best[1] : undefined) ?? own);
      if (summit.specificity > 0) best[summit.specificity as 1 | 2] = own;
      return { ...summit, meant };
    }),
  );
  cache.set(article, read);
  return read;
}
