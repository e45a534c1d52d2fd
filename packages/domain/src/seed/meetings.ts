import { month, resolveRelative } from '../fuzzy-date/index.ts';
import type { RecordOf } from '../records/dataset.ts';
import { cite, founding, sentences } from './cbs-2019-01-18.ts';
import { nameOf } from './names.ts';

const published = founding.publishedAt;
const trump = nameOf('person:donald-trump');
const kimYongChol = nameOf('person:kim-yong-chol');

export const meetings: RecordOf<'meeting'>[] = [
  {
    id: 'meeting:trump-kim-yong-chol-2019-01-18',
    slug: 'trump-kim-yong-chol-2019-01-18',
    title: `${trump} meets ${kimYongChol} in the Oval Office`,
    description: `Mr. Trump met top North Korean official ${kimYongChol} to discuss denuclearization and a second summit.`,
    date: resolveRelative('Friday afternoon', published),
    durationMinutes: 90,
    locationId: 'place:oval-office',
    participants: [
      { personId: 'person:donald-trump', role: 'HOST' },
      { personId: 'person:kim-yong-chol', role: 'GUEST' },
    ],
    topicIds: ['topic:denuclearization', 'topic:second-summit'],
    summitId: 'summit:second-us-north-korea-2019',
    citations: [cite(sentences.ovalOffice), cite(sentences.sandersStatement)],
  },
  {
    id: 'meeting:pompeo-kim-yong-chol-2019-01-18',
    slug: 'pompeo-kim-yong-chol-2019-01-18',
    title: `${nameOf('person:mike-pompeo')} and ${nameOf('person:stephen-biegun')} meet ${kimYongChol}`,
    description: `Secretary of State Mike Pompeo and Special Representative Stephen Biegun met ${kimYongChol} at a hotel in Northwest D.C.; the White House described it as a good discussion.`,
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
    citations: [cite(sentences.hotel), cite(sentences.palladinoSaid)],
  },
  {
    id: 'meeting:trump-kim-yong-chol-2018-06',
    slug: 'trump-kim-yong-chol-2018-06',
    title: `${kimYongChol} delivers a letter from ${nameOf('person:kim-jong-un')} to ${trump}`,
    description: `${kimYongChol} delivered an oversized letter from Kim Jong Un that prompted Mr. Trump to reschedule the Singapore summit.`,
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
    citations: [cite(sentences.letter)],
  },
];
