import type { NameMention } from '../article/types.ts';
import type { Person } from './people.ts';
import type { Phrase } from './phrases.ts';
import { distinct, objectsAfter, subjectsBefore } from './roles.ts';
import { phrasesFrom, type Reading } from './sentences.ts';

/** A meeting as one sentence reports it. */
export interface MeetingInSentence {
  participants: NameMention[];
  phrases: Phrase[];
}

// "X met (with) Y", "X and Y met", "X sat down with Y". Past tense only: "before Trump meets Kim" is to come.
const MET = /\b(?:met|sat down|held talks|conferred|huddled)\b/g;
// "X hosted Y", "Y visited X": the other person is the verb's object.
const HOSTED = /\b(?:hosted|received|welcomed|visited)\b/g;
// "Trump made the announcement after meeting … with Kim": the sentence's subject met.
const AFTER_MEETING =
  /\b(?:after|before|while|since|upon|following)\s+(?:meeting|talking|sitting down|conferring)\b/g;
const NOUN =
  '(?:meeting|meetings|talks|discussion|discussions|conversation|session|encounter|dinner|lunch|breakfast)';
// "X had a good discussion with Y", "X held talks with Y".
const HAD_NOUN = new RegExp(
  `\\b(?:had|held)\\s+(?:(?:a|an|the|two|three|several|their|his|her)\\s+)?(?:[\\w-]+\\s+){0,2}?${NOUN}\\b`,
  'g',
);
// "the one X and Y had", "the earlier meeting X had with Y": the meeting named, then who had it.
const HAD = /\b(?:had|held)\b/g;
const NAMED_BEFORE = new RegExp(`\\b(?:${NOUN}|one)\\s+(?:that\\s+|which\\s+)?$`);
// "X's meeting with Y", "a meeting between X and Y", "the X-Y meeting".
const MEETING_WITH = new RegExp(`\\b${NOUN}\\s+with\\b`, 'g');
const MEETING_BETWEEN = new RegExp(`\\b${NOUN}\\s+between\\b`, 'g');
const PAIR_MEETING = /^\s*[-–]\s*$/;
// "Trump's meeting with Kim will take place …", "… next month": a meeting to come.
const TO_COME =
  /^\s*,?\s*(?:will|would|is (?:set|scheduled|expected|due|planned)|are (?:set|scheduled|expected|due|planned))\b/;
const FUTURE_DATE = /\b(?:next (?:week|month|year)|tomorrow|coming (?:week|month|days))\b/i;
const HAPPENED = /^\s+(?:took place|was held|were held|happened|lasted)\b/;
const POSSESSIVE = /^['’]s\s+(?:[a-z-]+\s+){0,2}$/;
// A meeting still to come, or none: "a planned meeting", "no meeting".
const UNREAL_NOUN =
  /\b(?:planned|possible|proposed|potential|future|upcoming|next|expected|no|any)\s+(?:[\w-]+\s+)?$/i;
// A meeting named for its place is a summit ("last year's Singapore meeting"), or a summit meeting.
const SUMMIT_LIKE =
  /(?:\b(?!(?:A|An|The|This|That|Their|His|Her|Its|Our)\s)[A-Z][\w.-]*(?<!['’]s)|\bsummit)\s+$/;

/** What a sentence says of the meeting a rule found: the phrases after the word, after the people, and before. */
function meeting(
  reading: Reading,
  found: { subjects: Person[]; objects: Person[]; at: number; after: number },
) {
  const { subjects, objects, at, after } = found;
  const participants = distinct([...subjects, ...objects].map((p) => p.mention));
  if (participants.length < 2 || TO_COME.test(reading.text.slice(objects.at(-1)?.end ?? after))) return [];
  const first = subjects[0]?.start ?? at;
  const lead = /^[\s,"“]*$/.test(reading.blanked.slice(0, first))
    ? reading.phrases.filter((p) => p.end <= first)
    : [];
  const between = reading.phrases.filter((p) => p.start >= (subjects.at(-1)?.end ?? at) && p.end <= at);
  // "A meeting between X and Y took place in …": the verb that tells it happened stands before what is said of it.
  const objectsEnd = objects.at(-1)?.end ?? after;
  const last = objectsEnd + (HAPPENED.exec(reading.text.slice(objectsEnd))?.[0].length ?? 0);
  const phrases: Phrase[] = [
    ...lead,
    ...between,
    ...phrasesFrom(reading, after),
    ...(last > after ? phrasesFrom(reading, last) : []),
  ];
  if (phrases.some((p) => p.kind === 'date' && FUTURE_DATE.test(p.text))) return [];
  return [{ participants, phrases: [...new Set(phrases)] }];
}

/** Every meeting a sentence reports as having happened, by the rules above. */
export function meetingsIn(reading: Reading): MeetingInSentence[] {
  const { blanked, people, text } = reading;
  const matches = (pattern: RegExp) =>
    [...blanked.matchAll(pattern)].map((m) => ({ at: m.index ?? 0, after: (m.index ?? 0) + m[0].length }));
  const possessor = (at: number) => subjectsBefore(blanked, people, at, POSSESSIVE);
  const real = (at: number) =>
    !UNREAL_NOUN.test(text.slice(0, at)) &&
    !(SUMMIT_LIKE.test(blanked.slice(0, at)) && !people.some((p) => /^\s+$/.test(blanked.slice(p.end, at))));
  const firstPerson = (at: number) => (people[0] && people[0].end <= at ? [people[0]] : []);

  // "X met (with) Y", "X had a good discussion with Y".
  const metWith = ({ at, after }: { at: number; after: number }) =>
    meeting(reading, {
      subjects: subjectsBefore(blanked, people, at),
      objects: objectsAfter(blanked, people, after, true),
      at,
      after,
    });

  return [
    ...[...matches(MET), ...matches(HAD_NOUN)].flatMap(metWith),
    ...matches(HOSTED).flatMap(({ at, after }) => {
      const objects = objectsAfter(blanked, people, after, false);
      return objects.length
        ? meeting(reading, { subjects: subjectsBefore(blanked, people, at), objects, at, after })
        : [];
    }),
    ...matches(AFTER_MEETING).flatMap(({ at, after }) => {
      const objects = objectsAfter(blanked, people, after, true);
      return meeting(reading, { subjects: firstPerson(at), objects, at, after });
    }),
    ...matches(HAD).flatMap(({ at, after }) => {
      const subjects = subjectsBefore(blanked, people, at);
      const named = subjects[0] && NAMED_BEFORE.test(text.slice(0, subjects[0].start));
      return named && real(subjects[0]?.start ?? at)
        ? meeting(reading, { subjects, objects: objectsAfter(blanked, people, after, true), at, after })
        : [];
    }),
    ...matches(MEETING_WITH).flatMap(({ at, after }) =>
      real(at)
        ? meeting(reading, {
            subjects: possessor(at),
            objects: objectsAfter(blanked, people, after, false),
            at,
            after,
          })
        : [],
    ),
    ...matches(MEETING_BETWEEN).flatMap(({ at, after }) =>
      real(at)
        ? meeting(reading, { subjects: [], objects: objectsAfter(blanked, people, after, false), at, after })
        : [],
    ),
    ...people.slice(1).flatMap((second, i) => {
      const first = people[i] as Person;
      const noun = new RegExp(`^\\s+${NOUN}\\b`).exec(text.slice(second.end));
      return noun && PAIR_MEETING.test(text.slice(first.end, second.start))
        ? meeting(reading, {
            subjects: [first],
            objects: [second],
            at: second.end,
            after: second.end + noun[0].length,
          })
        : [];
    }),
  ];
}
