import type { ArticleProposal } from './documents.ts';

const SOURCE = 'source:westbrook-courier-2018-05-25-trump-calls-off';
const TEXT =
  'President Donald Trump on Thursday canceled his planned June 12 summit.\n\n' +
  'In a letter, Trump wrote: "Sadly, I feel it is inappropriate."\n\n' +
  "Hours later, North Korea's first vice foreign minister, Kim Kye Gwan, said Pyongyang was still willing to talk.";
const day = (iso: string, text: string | null) => ({
  text,
  edtf: iso,
  earliest: iso,
  latest: iso,
  precision: 'DAY',
});

/** A proposal as the API answers one (shapes of the real answer, shortened): source, summit, meeting, statements, person. */
export const proposal: ArticleProposal = {
  sourceId: SOURCE,
  records: [
    {
      type: 'SOURCE',
      action: 'CREATE',
      expectedRevision: 0,
      because: ['the article, its body as the text'],
      before: null,
      record: {
        id: SOURCE,
        slug: SOURCE.slice(7),
        kind: 'ARTICLE',
        title: 'Trump calls off June summit',
        outlet: 'Westbrook Courier',
        publishedAt: '2018-05-25',
        author: null,
        url: null,
        language: 'en',
        text: TEXT,
      },
    },
    {
      type: 'MEETING',
      action: 'UPDATE',
      expectedRevision: 1,
      because: ['refined'],
      before: {
        id: 'meeting:trump-kim-yong-chol-2018-06',
        slug: 'trump-kim-yong-chol-2018-06',
        title: 'Kim Yong Chol delivers a letter',
        description: null,
        date: {
          text: 'June 2018',
          edtf: '2018-06',
          earliest: '2018-06-01',
          latest: '2018-06-30',
          precision: 'MONTH',
        },
        durationMinutes: null,
        locationId: null,
        participants: [
          { personId: 'person:donald-trump', role: 'HOST' },
          { personId: 'person:kim-yong-chol', role: 'GUEST' },
        ],
        topicIds: [],
        summitId: null,
        citations: [{ sourceId: 'source:cbs', excerpt: 'Mr. Trump met with Kim Yong Chol' }],
      },
      record: {
        id: 'meeting:trump-kim-yong-chol-2018-06',
        slug: 'trump-kim-yong-chol-2018-06',
        title: 'Kim Yong Chol delivers a letter',
        description: null,
        date: day('2018-06-01', 'on Friday'),
        durationMinutes: 90,
        locationId: 'place:oval-office',
        participants: [
          { personId: 'person:donald-trump', role: 'HOST' },
          { personId: 'person:kim-yong-chol', role: 'GUEST' },
        ],
        topicIds: [],
        summitId: null,
        citations: [
          { sourceId: 'source:cbs', excerpt: 'Mr. Trump met with Kim Yong Chol' },
          {
            sourceId: SOURCE,
            excerpt: 'President Donald Trump on Thursday canceled his planned June 12 summit.',
          },
        ],
      },
    },
    {
      type: 'STATEMENT',
      action: 'CREATE',
      expectedRevision: 0,
      because: ['STATEMENT by Trump → Donald Trump (name or alias)'],
      before: null,
      record: {
        id: 'statement:donald-trump-2018-05-24-statement',
        slug: 'donald-trump-2018-05-24-statement',
        kind: 'STATEMENT',
        quote: 'Sadly, I feel it is inappropriate.',
        paraphrase: null,
        speakerId: 'person:donald-trump',
        organizationId: null,
        date: day('2018-05-24', 'on Thursday'),
        venueId: null,
        topicIds: [],
        summitId: null,
        meetingId: null,
        relations: [],
        citations: [
          { sourceId: SOURCE, excerpt: 'In a letter, Trump wrote: "Sadly, I feel it is inappropriate."' },
        ],
      },
    },
    {
      type: 'STATEMENT',
      action: 'CREATE',
      expectedRevision: 0,
      because: ['STATEMENT by Kim Kye Gwan → Kim Kye Gwan (new)'],
      before: null,
      record: {
        id: 'statement:kim-kye-gwan-2018-05-24-statement',
        slug: 'kim-kye-gwan-2018-05-24-statement',
        kind: 'STATEMENT',
        quote: null,
        paraphrase: 'Pyongyang was still willing to talk',
        speakerId: 'person:kim-kye-gwan',
        organizationId: null,
        date: {
          text: 'Hours later',
          edtf: '2018-05-24/2018-05-25',
          earliest: '2018-05-24',
          latest: '2018-05-25',
          precision: 'RANGE',
        },
        venueId: null,
        topicIds: [],
        summitId: null,
        meetingId: null,
        relations: [],
        citations: [{ sourceId: SOURCE, excerpt: TEXT.slice(TEXT.indexOf('Hours later')) }],
      },
    },
    {
      type: 'PERSON',
      action: 'CREATE',
      expectedRevision: 0,
      because: ['named in the article, recorded nowhere'],
      before: null,
      record: {
        id: 'person:kim-kye-gwan',
        slug: 'kim-kye-gwan',
        name: 'Kim Kye Gwan',
        aliases: [],
        countryId: null,
        roles: [
          {
            title: 'first vice foreign minister',
            organizationId: 'organization:north-korea-government',
            from: null,
            to: null,
            citation: { sourceId: SOURCE, excerpt: TEXT.slice(TEXT.indexOf('Hours later')) },
          },
        ],
      },
    },
  ],
};

/** The people recorded before the article. */
export const recorded = new Set(['person:donald-trump', 'person:kim-yong-chol', 'person:mike-pompeo']);
