import { month, resolveRelative } from '../fuzzy-date/index.ts';
import type { RecordOf } from '../records/dataset.ts';
import { cite, founding } from './cbs-2019-01-18.ts';

const published = founding.publishedAt;

export const meetings: RecordOf<'meeting'>[] = [
  {
    id: 'meeting:trump-kim-yong-chol-2019-01-18',
    slug: 'trump-kim-yong-chol-2019-01-18',
    title: 'Trump meets Kim Yong Chol in the Oval Office',
    description:
      'Mr. Trump met top North Korean official Kim Yong Chol to discuss denuclearization and a second summit.',
    date: resolveRelative('Friday afternoon', published),
    durationMinutes: 90,
    locationId: 'place:oval-office',
    participants: [
      { personId: 'person:donald-trump', role: 'HOST' },
      { personId: 'person:kim-yong-chol', role: 'GUEST' },
    ],
    topicIds: ['topic:denuclearization', 'topic:second-summit'],
    summitId: 'summit:second-us-north-korea-2019',
    citations: [
      cite('Mr. Trump met with top North Korean official Kim Yong Chol in the Oval Office Friday afternoon'),
      cite(
        'President Donald J. Trump met with Kim Yong Chol for an hour and half, to discuss denuclearization and a second summit',
      ),
    ],
  },
  {
    id: 'meeting:pompeo-kim-yong-chol-2019-01-18',
    slug: 'pompeo-kim-yong-chol-2019-01-18',
    title: 'Pompeo and Biegun meet Kim Yong Chol',
    description:
      'Secretary of State Mike Pompeo and Special Representative Stephen Biegun met Kim Yong Chol at a hotel in Northwest D.C.; the White House described it as a good discussion.',
    date: resolveRelative('Friday morning', published),
    durationMinutes: null,
    locationId: 'place:hotel-northwest-dc',
    participants: [
      { personId: 'person:mike-pompeo', role: 'HOST' },
      { personId: 'person:stephen-biegun', role: 'ATTENDEE' },
      { personId: 'person:kim-yong-chol', role: 'GUEST' },
    ],
    topicIds: ['topic:singapore-commitments', 'topic:denuclearization'],
    summitId: 'summit:second-us-north-korea-2019',
    citations: [
      cite(
        'the one the North Korean official and Secretary of State Mike Pompeo had Friday morning at a hotel in Northwest D.C.',
      ),
      cite(
        'Secretary Pompeo and Special Representative Steve Beigun had a good discussion this morning with DPRK Vice Chairman Kim Yong Chol',
      ),
    ],
  },
  {
    id: 'meeting:trump-kim-yong-chol-2018-06',
    slug: 'trump-kim-yong-chol-2018-06',
    title: 'Kim Yong Chol delivers a letter from Kim Jong Un to Trump',
    description:
      'Kim Yong Chol delivered an oversized letter from Kim Jong Un that prompted Mr. Trump to reschedule the Singapore summit.',
    date: month(2018, 6, 'June 2018'),
    durationMinutes: null,
    // The article does not say where this meeting took place.
    locationId: null,
    participants: [
      { personId: 'person:donald-trump', role: 'HOST' },
      { personId: 'person:kim-yong-chol', role: 'GUEST' },
    ],
    topicIds: ['topic:summit-letter'],
    summitId: 'summit:singapore-2018',
    citations: [
      cite(
        'Mr. Trump met with Kim Yong Chol in June 2018, when he delivered an oversized letter from Kim Jong Un',
      ),
    ],
  },
];
