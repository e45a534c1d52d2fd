import { findDates } from './dates.ts';
import { findPlaces } from './places.ts';

/** A span of a sentence (offsets within it) that says when, where, how long or about what. */
export interface Phrase {
  kind: 'date' | 'place' | 'duration' | 'topic';
  text: string;
  start: number;
  end: number;
}

const NUMBER =
  '(?:\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|half an?)';
const DURATION = new RegExp(
  `\\b(?:for\\s+)?(?:(?:about|around|nearly|almost|roughly|some|approximately|more than|less than|over|under|just over|just under|close to|barely)\\s+)?` +
    `(?:${NUMBER}\\s+(?:hours?|minutes?)(?:\\s+and\\s+(?:a\\s+)?half|\\s+and\\s+${NUMBER}\\s+minutes?)?|${NUMBER}-(?:hour|minute)(?:-long)?|hour-?long)\\b`,
  'gi',
);
const TOPIC_LEAD =
  /\b(?:to discuss|to talk about|discussing|discussed|to review|for talks (?:on|about)|for (?:a )?discussions? (?:on|about)|talks (?:on|about))\s+/i;
// Where a topic ends: the next clause, a quotation mark, or the end of the sentence.
const TOPIC_END =
  /,\s*(?:which|who|where|when|while|as|but|according|citing|saying)\b|[;:"“”—]|\.\s*$|\.(?=\s)|$/;

function findDurations(text: string): Phrase[] {
  return [...text.matchAll(DURATION)].map((m) => {
    const start = m.index ?? 0;
    return { kind: 'duration', text: m[0], start, end: start + m[0].length };
  });
}

/** Topics, each ending where the clause does or where a place or date of the sentence begins. */
function findTopics(text: string, others: Phrase[]): Phrase[] {
  return [...text.matchAll(new RegExp(TOPIC_LEAD, 'gi'))].flatMap((m) => {
    const start = m.index ?? 0;
    const from = start + m[0].length;
    const end = Math.min(
      from + (TOPIC_END.exec(text.slice(from))?.index ?? 0),
      ...others.filter((o) => o.start >= from).map((o) => o.start),
    );
    const words = text.slice(start, end).trimEnd();
    return end > from && !others.some((o) => o.start < start && start < o.end)
      ? [{ kind: 'topic' as const, text: words, start, end: start + words.length }]
      : [];
  });
}

/** Everything said of the when, where, how long and about what in a sentence, in order, none overlapping. */
export function findPhrases(text: string): Phrase[] {
  const kept: Phrase[] = [];
  // Durations first: chrono reads "for 90 minutes" as a time.
  for (const phrase of [...findDurations(text), ...findPlaces(text), ...findDates(text)])
    if (!kept.some((k) => k.start < phrase.end && phrase.start < k.end)) kept.push(phrase);
  return [...kept, ...findTopics(text, kept)].sort((a, b) => a.start - b.start);
}

/** The subjects of a topic phrase: "to discuss denuclearization and a second summit" → the two, verbatim. */
export function topicsOf(phrase: Phrase): string[] {
  const body = phrase.text.replace(TOPIC_LEAD, '');
  const parts = body.split(/,\s*(?:and\s+)?|\s+and\s+/);
  // Split only a list of short items: a long topic's "and" may join words inside one subject.
  return parts.every((p) => p.split(/\s+/).length <= 4) ? parts.filter((p) => p.length > 0) : [body];
}
