import { month, resolveRelative } from '../fuzzy-date/index.ts';
import type { RecordOf } from '../records/dataset.ts';
import { cite, founding, sentences } from './cbs-2019-01-18.ts';
import { nameOf } from './names.ts';

const published = founding.publishedAt;
const leaders = [
  { personId: 'person:donald-trump', role: 'ATTENDEE' as const },
  { personId: 'person:kim-jong-un', role: 'ATTENDEE' as const },
];

export const summits: RecordOf<'summit'>[] = [
  {
    id: 'summit:singapore-2018',
    slug: 'singapore-2018',
    title: 'Singapore summit',
    ordinal: 1,
    status: 'HELD',
    date: month(2018, 6, 'June 2018'),
    locationId: 'place:singapore',
    candidateLocations: [],
    participants: leaders,
    // The article gives no date for the cancellation; it is kept in sequence without one.
    developments: [
      {
        sequence: 1,
        date: null,
        status: 'CANCELLED',
        description: 'Mr. Trump canceled the Singapore summit.',
        citation: cite(sentences.letter),
        summitDate: null,
        locationId: 'place:singapore',
      },
      {
        sequence: 2,
        date: month(2018, 6, 'June 2018'),
        status: 'SCHEDULED',
        description: `${nameOf('person:kim-yong-chol')} delivered an oversized letter from Kim Jong Un; Mr. Trump rescheduled the summit, which he said he did before reading the letter.`,
        citation: cite(sentences.letter),
        summitDate: null,
        locationId: 'place:singapore',
      },
      {
        sequence: 3,
        date: month(2018, 6, 'June 2018'),
        status: 'HELD',
        description: "Mr. Trump's first summit with Kim Jong Un took place in Singapore.",
        citation: cite(sentences.firstSummit),
        summitDate: month(2018, 6, 'June 2018'),
        locationId: 'place:singapore',
      },
    ],
    topicIds: ['topic:denuclearization', 'topic:singapore-commitments'],
    citations: [cite(sentences.firstSummit), cite(sentences.noDateYet)],
  },
  {
    id: 'summit:second-us-north-korea-2019',
    slug: 'second-us-north-korea-2019',
    title: 'Second U.S.–North Korea summit',
    ordinal: 2,
    status: 'ANNOUNCED',
    date: resolveRelative('near the end of February', published),
    locationId: null,
    candidateLocations: ['vietnam', 'thailand'].map((slug) => ({
      placeId: `place:${slug}`,
      reportedById: 'person:margaret-brennan',
      reportedByOrganizationId: 'organization:cbs-news',
      citation: cite(sentences.candidates),
    })),
    participants: leaders,
    developments: [
      {
        sequence: 1,
        date: resolveRelative('Friday', published),
        status: 'ANNOUNCED',
        description:
          'White House press secretary Sarah Sanders announced the summit for the end of February, with the date and location yet to be announced.',
        citation: cite(sentences.announced),
        summitDate: resolveRelative('near the end of February', published),
        locationId: null,
      },
    ],
    topicIds: ['topic:second-summit', 'topic:denuclearization'],
    citations: [cite(sentences.announced)],
  },
];
