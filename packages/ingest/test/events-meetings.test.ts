import { describe, expect, test } from 'vitest';
import { findMeetings } from '../src/events/meetings.ts';
import type { MeetingMention } from '../src/events/types.ts';
import { articleOf, articles, expectVerbatim } from './events-helpers.ts';

const names = (m: MeetingMention) => m.participants.map((p) => p.name).sort();
const involving = (meetings: MeetingMention[], ...people: string[]) =>
  meetings.filter((m) => people.every((p) => names(m).includes(p)));

describe('the founding article', () => {
  const meetings = findMeetings(articles.founding);

  test('has three meetings, each told once with the details of every sentence merged', () => {
    expect(meetings).toHaveLength(3);
    expectVerbatim(articles.founding, meetings);
  });

  test('Trump and Kim Yong Chol in the Oval Office, Friday afternoon, for an hour and half', () => {
    const [oval] = involving(meetings, 'Kim Yong Chol').filter((m) => m.placeWords === 'in the Oval Office');
    expect(oval).toMatchObject({
      dateWords: 'Friday afternoon',
      durationWords: 'for an hour and half',
      topicWords: ['denuclearization', 'a second summit'],
      summitWords: 'A second U.S.-North Korea summit',
    });
    expect(oval?.participants.map((p) => p.name)).toEqual([
      expect.stringContaining('Trump'),
      'Kim Yong Chol',
    ]);
    // Three sentences tell of it; the summit's words are borrowed from the announcement, cited too.
    expect(oval?.excerpts).toHaveLength(4);
    expect(oval?.excerpts).toContainEqual(
      expect.stringMatching(/^A second U\.S\.-North Korea summit will take place/),
    );
  });

  test('Pompeo and Steve Beigun with Kim Yong Chol, Friday morning at a hotel in Northwest D.C.', () => {
    const [hotel] = involving(meetings, 'Mike Pompeo', 'Kim Yong Chol');
    expect(names(hotel as MeetingMention)).toEqual(['Kim Yong Chol', 'Mike Pompeo', 'Steve Beigun']);
    expect(hotel).toMatchObject({ placeWords: 'at a hotel in Northwest D.C.', dateWords: 'Friday morning' });
  });

  test('Trump and Kim Yong Chol in June 2018, linked to the Singapore summit', () => {
    const [letter] = meetings.filter((m) => m.dateWords === 'in June 2018');
    expect(names(letter as MeetingMention)).toEqual(['Kim Yong Chol', 'Trump']);
    expect(letter).toMatchObject({ placeWords: null, summitWords: 'the Singapore summit' });
  });
});

describe('the articles around it', () => {
  test('the summit called off: no meeting (a letter, and willingness to "sit down")', () => {
    expect(findMeetings(articles.calledOff)).toEqual([]);
  });

  test('the summit back on: Trump and Kim Yong Chol in the Oval Office; Pompeo and him in New York', () => {
    const meetings = findMeetings(articles.backOn);
    expectVerbatim(articles.backOn, meetings);
    expect(meetings.map(names)).toEqual([
      ['Kim Yong Chol', 'Trump'],
      ['Kim Yong Chol', 'Mike Pompeo'],
    ]);
    // Its date is the announcement's it led to, a summit the article names only by who holds it.
    expect(meetings[0]).toMatchObject({
      placeWords: 'in the Oval Office',
      durationWords: 'for about 90 minutes',
      dateWords: 'on Friday',
      summitWords: 'his summit with North Korean leader Kim Jong Un',
    });
    expect(meetings[1]).toMatchObject({
      placeWords: 'in New York',
      dateWords: 'on Thursday',
      topicWords: ['the summit'],
    });
  });
});

describe('other phrasings', () => {
  const cases: [string, Partial<MeetingMention> & { who: string[] }][] = [
    [
      'Russian President Vladimir Putin hosted Chinese President Xi Jinping at the Kremlin on Tuesday.',
      { who: ['Vladimir Putin', 'Xi Jinping'], placeWords: 'at the Kremlin', dateWords: 'on Tuesday' },
    ],
    [
      'Chinese President Xi Jinping and Russian President Vladimir Putin met for three hours in Beijing last week to discuss trade and energy.',
      {
        who: ['Vladimir Putin', 'Xi Jinping'],
        placeWords: 'in Beijing',
        dateWords: 'last week',
        durationWords: 'for three hours',
        topicWords: ['trade', 'energy'],
      },
    ],
    [
      'Russian Foreign Minister Sergei Lavrov held talks with Chinese Foreign Minister Wang Yi in Moscow on Monday.',
      { who: ['Sergei Lavrov', 'Wang Yi'], placeWords: 'in Moscow', dateWords: 'on Monday' },
    ],
    [
      'A meeting between Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in took place on the sidelines of the G20 summit in Osaka.',
      { who: ['Moon Jae-in', 'Shinzo Abe'], placeWords: 'on the sidelines of the G20 summit in Osaka' },
    ],
    [
      'North Korean leader Kim Jong Un visited Chinese President Xi Jinping in Beijing in March 2018.',
      { who: ['Kim Jong Un', 'Xi Jinping'], placeWords: 'in Beijing', dateWords: 'in March 2018' },
    ],
    [
      'North Korean leader Kim Jong Un crossed the border on foot. He met South Korean President Moon Jae-in at the border village of Panmunjom on April 27.',
      {
        who: ['Kim Jong Un', 'Moon Jae-in'],
        placeWords: 'at the border village of Panmunjom',
        dateWords: 'on April 27',
      },
    ],
    [
      "Japanese Prime Minister Shinzo Abe's meeting with Russian President Vladimir Putin in Vladivostok lasted about 90 minutes.",
      {
        who: ['Shinzo Abe', 'Vladimir Putin'],
        placeWords: 'in Vladivostok',
        durationWords: 'about 90 minutes',
      },
    ],
    [
      'President Donald Trump and North Korean leader Kim Jong Un met briefly at the Demilitarized Zone on Sunday.',
      {
        who: ['Donald Trump', 'Kim Jong Un'],
        placeWords: 'at the Demilitarized Zone',
        dateWords: 'on Sunday',
      },
    ],
  ];
  test.each(cases)('%s', (text, { who, ...expected }) => {
    const article = articleOf(text);
    const meetings = findMeetings(article);
    expect(meetings.map(names)).toEqual([who]);
    expect(meetings[0]).toMatchObject(expected);
    expectVerbatim(article, meetings);
  });

  test('"him" after a verb is not its subject: the subject of the sentence before', () => {
    const meetings = findMeetings(
      articleOf(
        'Vice Chairman Kim Yong Chol, who met Secretary of State Mike Pompeo in New York on Thursday, traveled to Washington. President Donald Trump hosted him in the Oval Office on Friday.',
      ),
    );
    expect(meetings.map(names)).toEqual([
      ['Kim Yong Chol', 'Mike Pompeo'],
      ['Donald Trump', 'Kim Yong Chol'],
    ]);
    expect(meetings[1]?.participants[1]).toMatchObject({ text: 'him', resolvedFrom: 'him' });
  });

  test.each([
    'Secretary of State Mike Pompeo did not meet North Korean leader Kim Jong Un during the visit.',
    'President Donald Trump will meet Chinese President Xi Jinping next month.',
    'President Donald Trump is expected to meet Chinese President Xi Jinping in Osaka.',
    'The president looks forward to meeting with Chairman Kim Jong Un at a place to be announced at a later date.',
    "The White House confirmed President Donald Trump's meeting with Chinese President Xi Jinping next month.",
    'A planned meeting between President Donald Trump and Chinese President Xi Jinping was scrapped.',
    "Last year's Singapore meeting between President Donald Trump and North Korean leader Kim Jong Un produced a vague statement.",
  ])('no meeting that did not happen, or that is a summit: %s', (text) => {
    expect(findMeetings(articleOf(text))).toEqual([]);
  });
});
