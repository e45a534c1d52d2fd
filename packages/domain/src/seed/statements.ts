import { day, range, resolveRelative } from '../fuzzy-date/index.ts';
import type { RecordOf } from '../records/dataset.ts';
import { cite, founding, sentences } from './cbs-2019-01-18.ts';
import { nameOf } from './names.ts';

type Statement = RecordOf<'statement'>;
const published = founding.publishedAt;
const friday = resolveRelative('Friday', published);
// "After that summit" (June 2018) and before the article: all the article allows for these dates.
const sinceSingapore = range('2018-06-01', published);

const statement = (
  s: Omit<Statement, 'id' | 'relations'> & Partial<Pick<Statement, 'relations'>>,
): Statement => ({
  id: `statement:${s.slug}`,
  relations: [],
  ...s,
});

export const statements: Statement[] = [
  statement({
    slug: 'sanders-2019-01-18-statement',
    kind: 'STATEMENT',
    quote:
      'President Donald J. Trump met with Kim Yong Chol for an hour and half, to discuss denuclearization and a second summit, which will take place near the end of February',
    paraphrase:
      'A second U.S.-North Korea summit will take place at the end of February, on a date and at a location yet to be announced.',
    speakerId: 'person:sarah-sanders',
    organizationId: 'organization:white-house',
    date: friday,
    venueId: null,
    topicIds: ['topic:second-summit', 'topic:denuclearization'],
    summitId: 'summit:second-us-north-korea-2019',
    meetingId: 'meeting:trump-kim-yong-chol-2019-01-18',
    citations: [cite(sentences.sandersStatement)],
  }),
  statement({
    slug: 'sanders-2019-01-18-statement-place',
    kind: 'STATEMENT',
    quote:
      'The president looks forward to meeting with Chairman Kim at a place to be announced at a later date.',
    paraphrase: null,
    speakerId: 'person:sarah-sanders',
    organizationId: 'organization:white-house',
    date: friday,
    venueId: null,
    topicIds: ['topic:second-summit'],
    summitId: 'summit:second-us-north-korea-2019',
    meetingId: null,
    citations: [cite(sentences.placeLater)],
  }),
  statement({
    slug: 'sanders-2019-01-18-remarks-progress',
    kind: 'REMARKS',
    quote: 'Look we continue to make progress',
    paraphrase: 'Sanders insisted progress has been made.',
    speakerId: 'person:sarah-sanders',
    organizationId: 'organization:white-house',
    date: friday,
    venueId: 'place:white-house',
    topicIds: ['topic:denuclearization'],
    summitId: 'summit:second-us-north-korea-2019',
    meetingId: null,
    citations: [cite(sentences.progress)],
  }),
  statement({
    slug: 'sanders-2019-01-18-remarks',
    kind: 'REMARKS',
    quote:
      "We're continuing to have conversations. Uh, the United States is going to continue to keep pressure and sanctions on North Korea until we see fully and verified denuclearization. We've had very good steps in good faith from the North Koreans in releasing the hostages and other moves.",
    paraphrase: 'The U.S. will continue to put pressure in the form of sanctions on North Korea.',
    speakerId: 'person:sarah-sanders',
    organizationId: 'organization:white-house',
    date: friday,
    venueId: 'place:white-house',
    topicIds: ['topic:sanctions', 'topic:denuclearization', 'topic:hostages'],
    summitId: 'summit:second-us-north-korea-2019',
    meetingId: null,
    citations: [cite(sentences.sanctions), cite(sentences.hostages)],
  }),
  statement({
    slug: 'trump-tweet-no-longer-a-threat',
    kind: 'TWEET',
    quote: 'no longer a threat',
    paraphrase: 'After the Singapore summit, the president tweeted that North Korea is no longer a threat.',
    speakerId: 'person:donald-trump',
    organizationId: null,
    date: { ...sinceSingapore, text: 'After that summit' },
    venueId: null,
    topicIds: ['topic:north-korean-threat'],
    summitId: 'summit:singapore-2018',
    meetingId: null,
    citations: [cite(sentences.tweet)],
  }),
  statement({
    slug: 'missile-defense-review-2019',
    kind: 'REPORT',
    quote: 'an extraordinary threat',
    paraphrase:
      'A Missile Defense Review released by the Pentagon called North Korea an extraordinary threat.',
    speakerId: null,
    organizationId: 'organization:pentagon',
    date: resolveRelative('earlier this week', published),
    venueId: null,
    topicIds: ['topic:north-korean-threat'],
    summitId: null,
    meetingId: null,
    relations: [
      {
        type: 'CONTRADICTS',
        targetId: 'statement:trump-tweet-no-longer-a-threat',
        note: 'The Pentagon calls North Korea "an extraordinary threat"; the president had tweeted it was "no longer a threat".',
        citation: cite(sentences.review),
      },
    ],
    citations: [cite(sentences.review)],
  }),
  statement({
    slug: 'pence-2019-01-16',
    kind: 'STATEMENT',
    quote:
      'concrete steps by North Korea to dismantle the nuclear weapons that threaten our people and allies in the region',
    paraphrase: 'The U.S. still awaits concrete steps by North Korea to dismantle its nuclear weapons.',
    speakerId: 'person:mike-pence',
    organizationId: 'organization:white-house',
    date: resolveRelative('Wednesday', published),
    venueId: null,
    topicIds: ['topic:denuclearization', 'topic:north-korean-threat'],
    summitId: null,
    meetingId: null,
    relations: [
      {
        type: 'CONTRADICTS',
        targetId: 'statement:trump-tweet-no-longer-a-threat',
        note: 'Pence speaks of North Korean nuclear weapons "that threaten our people"; the president had tweeted North Korea was "no longer a threat".',
        citation: cite(sentences.pence),
      },
    ],
    citations: [cite(sentences.pence)],
  }),
  statement({
    slug: 'palladino-2019-01-18',
    kind: 'STATEMENT',
    quote:
      'Secretary Pompeo and Special Representative Steve Beigun had a good discussion this morning with DPRK Vice Chairman Kim Yong Chol on efforts to make progress on the commitments President Trump and Chairman Kim Jong Un made at their summit in Singapore',
    paraphrase: `Palladino described the meeting Pompeo and Biegun had with ${nameOf('person:kim-yong-chol')} as a good one.`,
    speakerId: 'person:robert-palladino',
    organizationId: 'organization:white-house',
    // The statement speaks of the Friday-morning meeting as "this morning", so it was made that Friday.
    date: day(published, null),
    venueId: null,
    topicIds: ['topic:singapore-commitments', 'topic:denuclearization'],
    summitId: 'summit:singapore-2018',
    meetingId: 'meeting:pompeo-kim-yong-chol-2019-01-18',
    citations: [cite(sentences.palladinoDescribed), cite(sentences.palladinoSaid)],
  }),
  statement({
    slug: 'trump-rescheduled-before-reading-letter',
    kind: 'REPORTED',
    quote: null,
    paraphrase: 'Mr. Trump said he rescheduled the meeting before reading the letter.',
    speakerId: 'person:donald-trump',
    organizationId: null,
    date: { ...sinceSingapore, text: null },
    venueId: null,
    topicIds: ['topic:summit-letter'],
    summitId: 'summit:singapore-2018',
    meetingId: 'meeting:trump-kim-yong-chol-2018-06',
    citations: [cite(sentences.rescheduled)],
  }),
];
