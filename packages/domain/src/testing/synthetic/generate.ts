import { addDays } from '../../fuzzy-date/calendar.ts';
import { day, month, partOfMonth } from '../../fuzzy-date/edtf.ts';
import type { Dataset, RecordOf } from '../../records/dataset.ts';
import type { StatementKind, SummitStatus } from '../../records/enums.ts';
import { personName, surname } from './names.ts';
import { createRandom, type Random } from './random.ts';

/** The one source every synthetic fact cites, of kind SYNTHETIC so no reader can take it for reporting. */
export const syntheticSource: RecordOf<'source'> = {
  id: 'source:synthetic-benchmark-data',
  slug: 'synthetic-benchmark-data',
  kind: 'SYNTHETIC',
  title: 'Synthetic benchmark data (generated, not reporting)',
  outlet: 'Parley benchmark generator',
  publishedAt: '2025-01-01',
  author: null,
  url: null,
  language: 'en',
  text: null,
};

/** How many records of each type go with a number of statements. */
function proportions(statements: number) {
  return {
    statements,
    meetings: Math.max(10, Math.round(statements / 10)),
    people: Math.max(20, Math.round(statements / 20)),
    summits: Math.max(2, Math.round(statements / 200)),
    topics: 24,
    places: 60,
    organizations: 30,
  };
}

type Proportions = ReturnType<typeof proportions>;

/** A point a few degrees from a country's, different for each city. */
const near = (at: { latitude: number; longitude: number } | undefined, i: number) =>
  at ? { latitude: at.latitude + ((i * 7) % 9) - 4, longitude: at.longitude + ((i * 5) % 11) - 5 } : null;

const START = '2015-01-01';
const TEN_YEARS = 3653; // 2015 to 2024
const topicWords = [
  'denuclearization',
  'sanctions',
  'verification',
  'inspections',
  'reunification',
  'tariffs',
  'fisheries',
  'airspace',
  'pipelines',
  'refugees',
  'hostages',
  'ceasefire',
  'embargo',
  'telecommunications',
  'monsoon',
  'railways',
  'vaccines',
  'satellites',
  'shipping',
  'border',
  'energy',
  'grain',
  'cyber',
  'maritime',
];
const verbs = ['will discuss', 'rejected', 'welcomed', 'proposed', 'questioned', 'reaffirmed', 'postponed'];
const objects = ['the framework', 'a timetable', 'the joint declaration', 'new talks', 'the working group'];
const kinds: StatementKind[] = ['STATEMENT', 'REMARKS', 'TWEET', 'REPORT', 'INTERVIEW', 'REPORTED'];
const statuses: SummitStatus[] = ['HELD', 'HELD', 'HELD', 'SCHEDULED', 'ANNOUNCED', 'POSTPONED', 'CANCELLED'];

const cite = (excerpt: string) => ({ sourceId: syntheticSource.id, excerpt });
const pad = (n: number) => String(n).padStart(6, '0');
const dayAt = (offset: number) => day(addDays(START, offset));

export interface SyntheticOptions {
  /** The generator's seed: the same seed and size give the same records on every machine. */
  seed?: number;
  /** How many days from 1 January 2015 the dates spread over: ten years, unless a test wants many on one day. */
  days?: number;
  /** How many records of a type, where the proportions to the statements will not do (e.g. one summit). */
  counts?: Partial<Omit<Proportions, 'statements'>>;
}

function fuzzyAt(random: Random, offset: number) {
  const date = addDays(START, offset);
  const [y, m] = date.split('-').map(Number) as [number, number];
  const roll = random.int(10);
  if (roll === 0) return month(y, m, 'synthetic month');
  if (roll === 1) return partOfMonth(y, m, random.pick(['early', 'mid', 'late'] as const), 'synthetic part');
  return day(date);
}

/**
 * A deterministic synthetic dataset of `statements` statements and proportionate people, meetings, summits,
 * all citing one SYNTHETIC source, and every summit, meeting, statement and person carrying the word
 * "synthetic" in its text. Person "Aster Kakaka" (index 0) speaks 20 statements at every size. The benchmarks
 * compare runs by it: a change here must keep the records of the default options as they are.
 */
export function generateDataset(
  statementCount: number,
  { seed = 20190118, days = TEN_YEARS, counts = {} }: SyntheticOptions = {},
): Dataset {
  const random = createRandom(seed);
  const n = { ...proportions(statementCount), ...counts };

  const topics = topicWords.slice(0, n.topics).map((word, i) => ({
    id: `topic:synthetic-${word}`,
    slug: `synthetic-${word}`,
    name: `${word.charAt(0).toUpperCase()}${word.slice(1)} (synthetic ${i + 1})`,
  }));
  const countries = Array.from({ length: 12 }, (_, i) => ({
    id: `place:synthetic-country-${i + 1}`,
    slug: `synthetic-country-${i + 1}`,
    name: `Synthetic Country ${surname(1000 + i)}`,
    aliases: [],
    kind: 'COUNTRY' as const,
    withinId: null,
    // Spread over the globe by formula, not by the random source, so the other records stay as they were.
    coordinates: { latitude: ((i * 47) % 120) - 55, longitude: ((i * 83) % 340) - 170 },
  }));
  const cities = Array.from({ length: n.places - countries.length }, (_, i) => ({
    id: `place:synthetic-city-${i + 1}`,
    slug: `synthetic-city-${i + 1}`,
    name: `Synthetic City ${surname(2000 + i)}`,
    aliases: [],
    kind: 'CITY' as const,
    withinId: countries[i % countries.length]?.id ?? null,
    coordinates: near(countries[i % countries.length]?.coordinates, i),
  }));
  const places = [...countries, ...cities];
  const organizations = Array.from({ length: n.organizations }, (_, i) => ({
    id: `organization:synthetic-ministry-${i + 1}`,
    slug: `synthetic-ministry-${i + 1}`,
    name: `Synthetic Ministry of ${topicWords[i % topicWords.length]} ${i + 1}`,
    aliases: [],
    kind: 'GOVERNMENT' as const,
    countryId: countries[i % countries.length]?.id ?? null,
    parentId: null,
  }));
  const people = Array.from({ length: n.people }, (_, i) => {
    const name = personName(i);
    const organization = organizations[i % organizations.length];
    return {
      id: `person:synthetic-${pad(i)}`,
      slug: `synthetic-${pad(i)}`,
      name,
      aliases: [],
      countryId: organization?.countryId ?? null,
      roles: [
        {
          title: 'Synthetic envoy',
          organizationId: organization?.id ?? null,
          from: null,
          to: null,
          citation: cite(`${name} is a synthetic envoy.`),
        },
      ],
    };
  });
  const participants = (count: number, first?: number) => {
    const chosen = new Set<number>(first === undefined ? [] : [first]);
    while (chosen.size < count) chosen.add(random.int(people.length));
    return [...chosen].map((i, k) => ({
      personId: people[i]?.id as string,
      role: k === 0 ? ('HOST' as const) : k === 1 ? ('GUEST' as const) : ('ATTENDEE' as const),
    }));
  };

  const summits = Array.from({ length: n.summits }, (_, i) => {
    const offset = random.int(days);
    const status = statuses[i % statuses.length] as SummitStatus;
    const date = fuzzyAt(random, offset);
    const title = `Synthetic summit ${i + 1}`;
    return {
      id: `summit:synthetic-${pad(i)}`,
      slug: `synthetic-${pad(i)}`,
      title,
      ordinal: i + 1,
      status,
      date,
      locationId: status === 'HELD' ? (random.pick(cities).id as string) : null,
      candidateLocations:
        status === 'HELD'
          ? []
          : random.sample(cities, 2).map((c) => ({
              placeId: c.id,
              reportedById: random.pick(people).id,
              reportedByOrganizationId: null,
              citation: cite(`${c.name} is a synthetic candidate for ${title}.`),
            })),
      participants: participants(2, i === 0 ? 0 : undefined),
      developments: ['PROPOSED', 'ANNOUNCED', status].map((s, k) => ({
        sequence: k + 1,
        date: dayAt(Math.max(0, offset - 60 + k * 20)),
        status: s as SummitStatus,
        description: `Synthetic development ${k + 1} of ${title}.`,
        citation: cite(`${title}: synthetic development ${k + 1}.`),
        // Saying nothing of the date and venue, so the summit's own stand as of any day.
        summitDate: null,
        locationId: null,
      })),
      topicIds: random.sample(topics, 2).map((t) => t.id),
      citations: [cite(`${title} is synthetic.`)],
    };
  });

  const meetings = Array.from({ length: n.meetings }, (_, i) => {
    const summit = i % 2 === 0 ? summits[(i / 2) % summits.length] : undefined;
    const title = `Synthetic meeting ${i + 1}`;
    return {
      id: `meeting:synthetic-${pad(i)}`,
      slug: `synthetic-${pad(i)}`,
      title,
      description: random.int(3) === 0 ? null : `A synthetic meeting on ${random.pick(topicWords)}.`,
      date: dayAt(random.int(days)),
      durationMinutes: 30 + 15 * random.int(8),
      locationId: random.pick(cities).id,
      participants: participants(2 + random.int(3)),
      topicIds: random.sample(topics, 1 + random.int(2)).map((t) => t.id),
      summitId: summit?.id ?? null,
      citations: [cite(`${title} is synthetic.`)],
    };
  });

  const statements = Array.from({ length: n.statements }, (_, i) => {
    // Person 0 speaks 20 statements at every size, so a search for that name finds a constant number.
    const speaker =
      i % Math.ceil(n.statements / 20) === 0 ? people[0] : people[1 + random.int(people.length - 1)];
    const about = random.int(10);
    const summit = about < 3 ? summits[i % summits.length] : undefined;
    const meeting = about >= 3 && about < 6 ? meetings[i % meetings.length] : undefined;
    const topicIndexes = random.sample(topicWords, 2);
    const slug = `synthetic-${pad(i)}`;
    const quote = `Synthetic remark ${i + 1}: the delegation ${random.pick(verbs)} ${random.pick(objects)} on ${topicIndexes.join(' and ')}.`;
    const relations =
      i > 0 && i % 20 === 5
        ? [
            {
              type: random.pick(['SUPPORTS', 'CONTRADICTS', 'UPDATES', 'RESPONDS_TO'] as const),
              targetId: `statement:synthetic-${pad(i - 1)}`,
              note: null,
              citation: null,
            },
          ]
        : [];
    return {
      id: `statement:${slug}`,
      slug,
      kind: kinds[i % kinds.length] as StatementKind,
      quote: i % 7 === 3 ? null : quote,
      paraphrase: i % 7 === 3 ? `A synthetic paraphrase of remark ${i + 1}.` : null,
      speakerId: speaker?.id ?? null,
      organizationId: i % 5 === 0 ? (random.pick(organizations).id as string) : null,
      date: meeting ? meeting.date : fuzzyAt(random, random.int(days)),
      venueId: random.int(4) === 0 ? random.pick(cities).id : null,
      topicIds: topics.filter((t) => topicIndexes.some((w) => t.id.endsWith(w))).map((t) => t.id),
      summitId: summit?.id ?? null,
      meetingId: meeting?.id ?? null,
      relations,
      citations: [cite(`Synthetic remark ${i + 1}.`)],
    };
  });

  return {
    sources: [syntheticSource],
    topics,
    places,
    organizations,
    people,
    summits,
    meetings,
    statements,
  };
}
