import type { Article } from '../article/types.ts';
import { developmentsBySentence, type SentenceDevelopment } from './developments.ts';
import { type MeetingInSentence, meetingsIn } from './meeting-rules.ts';
import { type Phrase, topicsOf } from './phrases.ts';
import { distinct, samePerson } from './roles.ts';
import { mayBeSameDate } from './same-day.ts';
import { type Reading, readSentences } from './sentences.ts';
import { readSummits, type SummitPhrase } from './summits.ts';
import type { MeetingMention } from './types.ts';

// "The announcement came after …", "Trump made the announcement after meeting …": the meeting led to the news.
const ANNOUNCEMENT = /\bannouncement\b/i;

/** Whether two meetings' people may be the same meeting: at least two in common, and one's all in the other's. */
function samePeople(a: MeetingMention, b: MeetingMention): boolean {
  const common = a.participants.filter((p) => b.participants.some((q) => samePerson(p, q)));
  return common.length >= 2 && common.length === Math.min(a.participants.length, b.participants.length);
}

/** The same meeting told again: the same people, and dates that may be one ("Friday morning", "this morning"). */
function sameMeeting(a: MeetingMention, b: MeetingMention): boolean {
  return samePeople(a, b) && mayBeSameDate(a.dateWords, b.dateWords);
}

/** What the sentence says of a meeting it reports, in the words of the article. */
function mentionOf(
  reading: Reading,
  found: MeetingInSentence,
  alone: boolean,
  summits: SummitPhrase[],
  news?: SentenceDevelopment,
): MeetingMention {
  const first = (kind: Phrase['kind']) => found.phrases.find((p) => p.kind === kind)?.text ?? null;
  const topics = found.phrases.filter((p) => p.kind === 'topic');
  const topicWords = topics.flatMap(topicsOf);
  const summit = summits.find(
    (s) => topics.some((t) => s.start >= t.start && s.end <= t.end) && topicWords.includes(s.text),
  );
  // "Abe's meeting with Putin lasted about 90 minutes": a sentence's one duration is its one meeting's.
  const durations = reading.phrases.filter((p) => p.kind === 'duration');
  const dateWords = first('date');
  // Words borrowed from the news it led to are that sentence's: it is cited too.
  const borrowed = news && news.sentence !== reading.index && (!dateWords || !summit) ? [news.excerpt] : [];
  return {
    participants: found.participants,
    placeWords: first('place'),
    dateWords: dateWords ?? news?.dateWords ?? null,
    durationWords:
      first('duration') ?? (alone && durations.length === 1 ? (durations[0]?.text ?? null) : null),
    topicWords,
    summitWords: summit?.meant.text ?? news?.summitWords ?? null,
    excerpt: reading.text,
    excerpts: [reading.text, ...borrowed],
    sentence: reading.index,
  };
}

/**
 * The meetings an article reports as having happened: who met whom, with where, when, for how long and about
 * what; one per meeting, the details of every sentence that tells of it merged (a sentence that gives no date
 * tells of the last such meeting before it). A meeting told of with the news of a summit (in the same sentence,
 * or in one that says the announcement followed it) names that summit.
 */
export function findMeetings(article: Article): MeetingMention[] {
  const summits = readSummits(article);
  const developments = developmentsBySentence(article);
  const meetings: MeetingMention[] = [];
  for (const reading of readSentences(article)) {
    const found = meetingsIn(reading);
    const news =
      developments.find((d) => d.sentence === reading.index) ??
      (ANNOUNCEMENT.test(reading.text)
        ? developments.filter((d) => d.sentence < reading.index).at(-1)
        : undefined);
    for (const each of found) {
      const mention = mentionOf(reading, each, found.length === 1, summits[reading.index] ?? [], news);
      const same = mention.dateWords
        ? meetings.find((m) => sameMeeting(m, mention))
        : meetings.findLast((m) => samePeople(m, mention));
      if (same) merge(same, mention);
      else meetings.push(mention);
    }
  }
  return meetings;
}

/** Fills what `into` lacks from `from`, both telling of one meeting. */
function merge(into: MeetingMention, from: MeetingMention) {
  into.participants = distinct([...into.participants, ...from.participants]);
  into.placeWords ??= from.placeWords;
  into.dateWords ??= from.dateWords;
  into.durationWords ??= from.durationWords;
  into.summitWords ??= from.summitWords;
  into.topicWords = [...new Set([...into.topicWords, ...from.topicWords])];
  if (!into.excerpts.includes(from.excerpt)) into.excerpts.push(from.excerpt);
}
