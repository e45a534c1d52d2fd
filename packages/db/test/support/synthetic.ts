import { type Dataset, day, month, type RecordOf, range, seedDataset, validateDataset } from '@parley/domain';

const source: RecordOf<'source'> = {
  id: 'source:synthetic-test-data',
  slug: 'synthetic-test-data',
  kind: 'SYNTHETIC',
  title: 'Synthetic records generated for tests',
  outlet: 'Parley tests',
  publishedAt: '2019-01-18',
  author: null,
  url: null,
  language: 'en',
};
const cite = (excerpt: string) => ({ sourceId: source.id, excerpt });
const SUMMIT = 'summit:second-us-north-korea-2019';
const pad = (i: number) => String(i).padStart(5, '0');
// Few distinct dates, so that many records tie on date and the id decides their order.
const dateOf = (i: number) =>
  i % 7 === 0
    ? range('2019-02-01', `2019-02-${String(10 + (i % 5)).padStart(2, '0')}`)
    : i % 11 === 0
      ? month(2019, 2)
      : day(`2019-02-${String(1 + (i % 9)).padStart(2, '0')}`);

/**
 * The seed dataset plus `n` clearly synthetic people, meetings and statements (a SYNTHETIC source cites them),
 * all about the second summit so a summit page can show 5 or 50 of them. Only ever loaded into test databases.
 */
export function syntheticDataset(n: number, base: Dataset = seedDataset): Dataset {
  const people = Array.from(
    { length: n },
    (_, i): RecordOf<'person'> => ({
      id: `person:synthetic-speaker-${pad(i)}`,
      slug: `synthetic-speaker-${pad(i)}`,
      name: `Synthetic Speaker ${pad(i)}`,
      aliases: [],
      countryId: null,
      roles: [],
    }),
  );
  const meetings = Array.from(
    { length: n },
    (_, i): RecordOf<'meeting'> => ({
      id: `meeting:synthetic-meeting-${pad(i)}`,
      slug: `synthetic-meeting-${pad(i)}`,
      title: `Synthetic meeting ${pad(i)} on sanctions`,
      description: null,
      date: dateOf(i),
      durationMinutes: null,
      locationId: null,
      participants: [
        { personId: `person:synthetic-speaker-${pad(i)}`, role: 'HOST' },
        { personId: 'person:mike-pompeo', role: 'GUEST' },
      ],
      topicIds: ['topic:sanctions'],
      summitId: SUMMIT,
      citations: [cite(`synthetic meeting ${i}`)],
    }),
  );
  const statements = Array.from(
    { length: n },
    (_, i): RecordOf<'statement'> => ({
      id: `statement:synthetic-statement-${pad(i)}`,
      slug: `synthetic-statement-${pad(i)}`,
      kind: i % 2 === 0 ? 'REMARKS' : 'TWEET',
      quote: `Synthetic quote number ${i} about denuclearization talks`,
      paraphrase: null,
      speakerId: `person:synthetic-speaker-${pad(i)}`,
      organizationId: null,
      date: dateOf(i),
      venueId: null,
      topicIds: i % 3 === 0 ? ['topic:denuclearization', 'topic:sanctions'] : ['topic:sanctions'],
      summitId: SUMMIT,
      meetingId: `meeting:synthetic-meeting-${pad(i)}`,
      relations:
        i > 0
          ? [
              {
                type: 'RESPONDS_TO',
                targetId: `statement:synthetic-statement-${pad(i - 1)}`,
                note: null,
                citation: null,
              },
            ]
          : [],
      citations: [cite(`synthetic statement ${i}`)],
    }),
  );
  return validateDataset({
    ...base,
    sources: [...base.sources, source],
    people: [...base.people, ...people],
    meetings: [...base.meetings, ...meetings],
    statements: [...base.statements, ...statements],
  });
}

/** A dataset as JSON Lines, the format `npm run db -- import` reads. */
export const toJsonl = (
  dataset: Partial<Dataset>,
  types: (keyof Dataset)[] = Object.keys(dataset) as (keyof Dataset)[],
) =>
  types
    .flatMap((key) => (dataset[key] ?? []).map((record) => JSON.stringify({ type: typeKeys[key], record })))
    .join('\n');

const typeKeys: Record<keyof Dataset, string> = {
  sources: 'source',
  topics: 'topic',
  places: 'place',
  organizations: 'organization',
  people: 'person',
  summits: 'summit',
  meetings: 'meeting',
  statements: 'statement',
};
