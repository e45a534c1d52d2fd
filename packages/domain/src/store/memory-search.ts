import type { RecordOf } from '../records/dataset.ts';
import type { SearchableType, SearchHit } from './port.ts';
import { type SearchTextPart, weightedTexts } from './rules/search-texts.ts';
import { SIMILARITY_THRESHOLD, scoreText, similarity, type WeightedText } from './text-match.ts';

/** Names of the records a search text draws on, by id ('' when unknown). */
export interface Names {
  topic: (id: string) => string;
  person: (id: string | null) => string;
}

type PartTexts = {
  [T in SearchableType]: { [P in SearchTextPart<T>]: (record: RecordOf<T>, names: Names) => string };
};

/** Each part of the domain's search texts, read from a record held in memory. */
const partTexts: PartTexts = {
  person: {
    name: (p) => p.name,
    aliases: (p) => p.aliases.join(' '),
    roleTitles: (p) => p.roles.map((r) => r.title).join(' '),
  },
  summit: {
    title: (s) => s.title,
    topicNames: (s, names) => s.topicIds.map(names.topic).join(' '),
    developmentDescriptions: (s) => s.developments.map((d) => d.description).join(' '),
  },
  meeting: {
    title: (m) => m.title,
    description: (m) => m.description ?? '',
    topicNames: (m, names) => m.topicIds.map(names.topic).join(' '),
    participantNames: (m, names) => m.participants.map((p) => names.person(p.personId)).join(' '),
  },
  statement: {
    quote: (s) => s.quote ?? '',
    paraphrase: (s) => s.paraphrase ?? '',
    topicNames: (s, names) => s.topicIds.map(names.topic).join(' '),
    speakerName: (s, names) => names.person(s.speakerId),
  },
};

/** A record's weighted search texts. */
export function searchTextsOf<T extends SearchableType>(
  type: T,
  record: RecordOf<T>,
  names: Names,
): WeightedText[] {
  const parts = partTexts[type] as Record<SearchTextPart<T>, (r: RecordOf<T>, n: Names) => string>;
  return weightedTexts(type, (part) => parts[part](record, names));
}

/** The hits among `records` of a type: by their texts, and people also by a name spelled nearly right. */
export function hitsOf<T extends SearchableType>(
  type: T,
  records: readonly RecordOf<T>[],
  query: string,
  names: Names,
): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const record of records) {
    const scored = scoreText(query, searchTextsOf(type, record, names));
    if (scored) {
      hits.push({ type, id: record.id, ...scored });
      continue;
    }
    if (type !== 'person') continue;
    // Names are often misspelled ("Pompeio"): fall back to trigram similarity on name and aliases.
    const person = record as RecordOf<'person'>;
    const best = Math.max(...[person.name, ...person.aliases].map((n) => similarity(query, n)));
    if (best >= SIMILARITY_THRESHOLD) hits.push({ type, id: record.id, rank: best, matches: [] });
  }
  return hits;
}
