import type { Span } from '../article/types.ts';
import type { Actor } from './actors.ts';
import { ADVERBS, CAP, PREPOSITION, RELATIVE, TITLE_HEADS } from './lexicon.ts';
import type { Reading } from './reading.ts';
import { type VerbAt, verbsIn } from './verbs.ts';

// "… and insisted": the verb shares the subject of the one before it.
const JOINED = new RegExp(`\\band\\s+(?:${ADVERBS}\\s+)*$`, 'i');
// A proper noun standing alone before the verb speaks for what it names: "Pyongyang said", "North Korea warned".
const BARE_SUBJECT = new RegExp(`(?:^|[,—–]\\s*)((?:${CAP}\\s+)*${CAP})\\s+(?:${ADVERBS}\\s+)*$`);
const NOT_A_NAME =
  /^(?:But|And|The|It|This|That|These|Those|There|Then|So|Yet|Still|Also|However|Meanwhile|In|On|At|After|Before|I|We|You|They)\b/;

// "A senior State Department official": an organization that only says whose unnamed official speaks.
const UNNAMED = new RegExp(
  `^\\s+(?:[a-z-]+\\s+){0,2}(?:${TITLE_HEADS.join('|')}|officials|sources?|aides?)s?\\b`,
);

function candidates(reading: Reading, sentence: number, from: number, to: number): Actor[] {
  const { blanked, article } = reading;
  const start = (article.sentences[sentence] as Span).start;
  const relatives = [...blanked.slice(from, to).matchAll(RELATIVE)].map((m) => ({
    start: from + (m.index ?? 0),
    end: from + (m.index ?? 0) + m[0].length,
  }));
  return (reading.actors[sentence] ?? []).filter(
    (a) =>
      a.start >= from &&
      a.end <= to &&
      !PREPOSITION.test(blanked.slice(start, a.start)) &&
      (a.type === 'document' || !/^['’]/.test(blanked.slice(a.end, a.end + 1))) &&
      !relatives.some((r) => r.start <= a.start && a.end <= r.end) &&
      !(a.type === 'organization' && UNNAMED.test(blanked.slice(a.end, to))),
  );
}

/**
 * The subject of a verb of saying among the writer's words from `from`: the one of the verb before it for "… and
 * added" or ", saying"; a document that opens the clause ("a review the Pentagon released … called"); else the
 * actor nearest before the verb that no preposition, possessive or relative clause makes an object of; else a
 * proper noun standing alone before the verb.
 */
export function subjectOf(reading: Reading, sentence: number, from: number, verb: VerbAt): Actor | undefined {
  const slot = reading.blanked.slice(from, verb.start);
  const found = candidates(reading, sentence, from, verb.start);
  if (verb.type === 'participle' || JOINED.test(slot)) {
    const earlier = verbsIn(reading.blanked, from, verb.start)
      .filter((v) => v.type !== 'according' && v.type !== 'participle')
      .at(-1);
    return earlier ? subjectOf(reading, sentence, from, earlier) : found[0];
  }
  if (found[0]?.type === 'document') return found[0];
  const nearest = found.at(-1);
  if (nearest) return nearest;
  const bare = BARE_SUBJECT.exec(slot);
  if (!bare?.[1] || NOT_A_NAME.test(bare[1])) return undefined;
  const start = from + (bare.index ?? 0) + bare[0].indexOf(bare[1]);
  return { type: 'organization', text: bare[1], start, end: start + bare[1].length };
}

/** The actor named right after `at` ("said Sanders", "according to the White House"), a few words of title allowed. */
export function actorAfter(reading: Reading, sentence: number, at: number): Actor | undefined {
  return (reading.actors[sentence] ?? []).find(
    (a) =>
      a.start >= at &&
      a.type !== 'pronoun' &&
      /^\s*(?:[\w.'’-]+\s+){0,6}$/.test(reading.blanked.slice(at, a.start)),
  );
}
