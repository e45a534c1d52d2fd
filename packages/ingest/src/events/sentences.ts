import type { Article } from '../article/types.ts';
import { createPeopleReader, type Person } from './people.ts';
import { findPhrases, type Phrase } from './phrases.ts';
import { blank } from './roles.ts';

/** A sentence of the article as the event rules read it. */
export interface Reading {
  /** The index of the sentence in `article.sentences`. */
  index: number;
  text: string;
  /** The people it mentions, in order, pronouns and descriptions resolved. */
  people: Person[];
  /** Its dates, places, durations and topics, in order; none inside a person's mention. */
  phrases: Phrase[];
  /** The text with its dates, places and durations blanked out. */
  blanked: string;
}

const cache = new WeakMap<Article, Reading[]>();

/** The article's sentences as the meeting and development rules read them (read once per article). */
export function readSentences(article: Article): Reading[] {
  const cached = cache.get(article);
  if (cached) return cached;
  const people = createPeopleReader();
  const readings = article.sentences.map(({ text }, index) => {
    const named = people(text);
    const phrases = findPhrases(text).filter((p) => !named.some((n) => n.start < p.end && p.start < n.end));
    const blanked = blank(
      text,
      phrases.filter((p) => p.kind !== 'topic'),
    );
    return { index, text, people: named, phrases, blanked };
  });
  cache.set(article, readings);
  return readings;
}

/** The phrases that follow `at` one after another, separated by nothing but spaces, commas and adverbs. */
export function phrasesFrom(reading: Reading, at: number): Phrase[] {
  const chain: Phrase[] = [];
  for (let pos = at; ; ) {
    const next = reading.phrases.find(
      (p) => p.start >= pos && /^[\s,]*(?:\w+ly[\s,]+)*$/.test(reading.text.slice(pos, p.start)),
    );
    if (!next) return chain;
    chain.push(next);
    pos = next.end;
  }
}
