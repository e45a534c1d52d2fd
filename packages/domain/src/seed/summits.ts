import { month, resolveRelative } from '../fuzzy-date/index.ts';
import type { RecordOf } from '../records/dataset.ts';
import { cite, founding } from './cbs-2019-01-18.ts';

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
        citation: cite('the Singapore summit he had canceled'),
        summitDate: null,
        locationId: 'place:singapore',
      },
      {
        sequence: 2,
        date: month(2018, 6, 'June 2018'),
        status: 'SCHEDULED',
        description:
          'Kim Yong Chol delivered an oversized letter from Kim Jong Un; Mr. Trump rescheduled the summit, which he said he did before reading the letter.',
        citation: cite(
          'Mr. Trump met with Kim Yong Chol in June 2018, when he delivered an oversized letter from Kim Jong Un that prompted Mr. Trump to reschedule the Singapore summit he had canceled.',
        ),
        summitDate: null,
        locationId: 'place:singapore',
      },
      {
        sequence: 3,
        date: month(2018, 6, 'June 2018'),
        status: 'HELD',
        description: "Mr. Trump's first summit with Kim Jong Un took place in Singapore.",
        citation: cite("Mr. Trump's first summit with Kim in June 2018"),
        summitDate: month(2018, 6, 'June 2018'),
        locationId: 'place:singapore',
      },
    ],
    topicIds: ['topic:denuclearization', 'topic:singapore-commitments'],
    citations: [
      cite("Mr. Trump's first summit with Kim in June 2018"),
      cite("last year's Singapore meeting between Mr. Trump and Kim"),
    ],
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
      citation: cite(
        'CBS News\' "Face the Nation" host Margaret Brennan has reported the most likely options are Vietnam or Thailand',
      ),
    })),
    participants: leaders,
    developments: [
      {
        sequence: 1,
        date: resolveRelative('Friday', published),
        status: 'ANNOUNCED',
        description:
          'White House press secretary Sarah Sanders announced the summit for the end of February, with the date and location yet to be announced.',
        citation: cite(
          'A second U.S.-North Korea summit will take place at the end of February, on a date and at a location yet to be announced, White House press secretary Sarah Sanders said Friday.',
        ),
        summitDate: resolveRelative('near the end of February', published),
        locationId: null,
      },
    ],
    topicIds: ['topic:second-summit', 'topic:denuclearization'],
    citations: [
      cite(
        'A second U.S.-North Korea summit will take place at the end of February, on a date and at a location yet to be announced',
      ),
    ],
  },
];
