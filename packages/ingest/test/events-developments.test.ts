import { describe, expect, test } from 'vitest';
import { findDevelopments } from '../src/events/developments.ts';
import type { DevelopmentMention } from '../src/events/types.ts';
import { articleOf, articles, expectVerbatim } from './events-helpers.ts';

describe('the founding article', () => {
  const developments = findDevelopments(articles.founding);
  const announced = developments.find((d) => d.status === 'ANNOUNCED');

  test('the second summit announced for the end of February, no place yet, by Sarah Sanders on Friday', () => {
    expect(announced).toMatchObject({
      summitWords: 'A second U.S.-North Korea summit',
      dateWords: 'Friday',
      summitDateWords: 'at the end of February',
      placeWords: null,
      announcedBy: { name: 'Sarah Sanders' },
    });
    // Told three times ("which will take place near the end of February", "there will be a second summit next
    // month"): one development.
    expect(developments.filter((d) => d.summitWords === announced?.summitWords)).toHaveLength(1);
    expectVerbatim(articles.founding, developments);
  });

  test('the candidate venues Margaret Brennan reported: Vietnam or Thailand', () => {
    expect(announced?.candidatePlaces).toMatchObject({
      placeWords: ['Vietnam', 'Thailand'],
      reportedBy: { name: 'Margaret Brennan' },
    });
    expect(announced?.candidatePlaces?.excerpt).toContain('the most likely options are Vietnam or Thailand');
  });

  test('the Singapore summit rescheduled in June 2018; "the summit he had canceled" gives no date, so no step', () => {
    expect(developments.filter((d) => d.status !== 'ANNOUNCED')).toEqual([
      expect.objectContaining({
        status: 'SCHEDULED',
        summitWords: 'the Singapore summit',
        dateWords: 'in June 2018',
      }),
    ]);
  });
});

describe('the articles around it', () => {
  test('the summit called off: CANCELLED on Thursday by Trump, the June 12 summit in Singapore', () => {
    const developments = findDevelopments(articles.calledOff);
    expectVerbatim(articles.calledOff, developments);
    expect(developments).toEqual([
      expect.objectContaining({
        status: 'CANCELLED',
        summitWords: 'his planned June 12 summit in Singapore',
        dateWords: 'on Thursday',
        summitDateWords: 'June 12',
        placeWords: 'Singapore',
        announcedBy: expect.objectContaining({ name: 'Donald Trump' }),
      }),
    ]);
  });

  test('the summit back on: SCHEDULED on Friday for June 12 in Singapore, said Trump', () => {
    const developments = findDevelopments(articles.backOn);
    expectVerbatim(articles.backOn, developments);
    expect(developments).toEqual([
      expect.objectContaining({
        status: 'SCHEDULED',
        summitWords: 'his summit with North Korean leader Kim Jong Un',
        dateWords: 'on Friday',
        summitDateWords: 'on June 12',
        placeWords: 'in Singapore',
        announcedBy: expect.objectContaining({ name: 'Donald Trump' }),
      }),
    ]);
  });
});

describe('other phrasings', () => {
  const cases: [string, Partial<DevelopmentMention>[]][] = [
    [
      'President Donald Trump and North Korean leader Kim Jong Un agreed to hold a second summit. The summit was postponed until March, the foreign ministry said on Tuesday.',
      [
        {
          status: 'ANNOUNCED',
          summitWords: 'a second summit',
          announcedBy: expect.objectContaining({ name: 'Donald Trump' }),
        },
        // "The summit" is the second summit the sentence before named.
        {
          status: 'POSTPONED',
          summitWords: 'a second summit',
          dateWords: 'on Tuesday',
          summitDateWords: 'March',
        },
      ],
    ],
    [
      'Vietnam will host the second summit between President Donald Trump and North Korean leader Kim Jong Un in Hanoi on Feb. 27, the White House announced.',
      [
        {
          status: 'SCHEDULED',
          summitWords: 'the second summit',
          summitDateWords: 'on Feb. 27',
          placeWords: 'in Hanoi',
        },
      ],
    ],
    [
      'The third summit was postponed on Tuesday.',
      [
        {
          status: 'POSTPONED',
          summitWords: 'The third summit',
          dateWords: 'on Tuesday',
          summitDateWords: null,
        },
      ],
    ],
    [
      'President Donald Trump called the Singapore summit off on Thursday.',
      [{ status: 'CANCELLED', summitWords: 'the Singapore summit', dateWords: 'on Thursday' }],
    ],
    [
      'South Korean President Moon Jae-in proposed a summit in Pyongyang.',
      [
        {
          status: 'PROPOSED',
          summitWords: 'a summit in Pyongyang',
          placeWords: 'Pyongyang',
          announcedBy: expect.objectContaining({ name: 'Moon Jae-in' }),
        },
      ],
    ],
    [
      'The Hanoi summit ended abruptly on Thursday without an agreement.',
      [
        {
          status: 'HELD',
          summitWords: 'The Hanoi summit',
          dateWords: 'on Thursday',
          summitDateWords: 'on Thursday',
          announcedBy: null,
        },
      ],
    ],
    [
      'The White House said Friday that the Singapore summit is back on.',
      [{ status: 'SCHEDULED', summitWords: 'the Singapore summit', dateWords: 'Friday' }],
    ],
    [
      'The second summit will be held in Hanoi on Feb. 27-28.',
      [{ status: 'SCHEDULED', summitDateWords: 'on Feb. 27-28', placeWords: 'in Hanoi' }],
    ],
    [
      'The second summit will take place in Hanoi, the White House said. The most likely venues are Hanoi, Da Nang or Bangkok, Secretary of State Mike Pompeo said.',
      [
        {
          status: 'ANNOUNCED',
          placeWords: 'in Hanoi',
          candidatePlaces: expect.objectContaining({
            placeWords: ['Hanoi', 'Da Nang', 'Bangkok'],
            reportedBy: expect.objectContaining({ name: 'Mike Pompeo' }),
          }),
        },
      ],
    ],
    [
      'The talks were pushed back to March. Possible venues include Hanoi and Bangkok. Officials said a third summit has been delayed until April.',
      [
        {
          status: 'POSTPONED',
          summitWords: 'a third summit',
          summitDateWords: 'April',
          // Reported before any step, the venues go with the first.
          candidatePlaces: expect.objectContaining({ placeWords: ['Hanoi', 'Bangkok'], reportedBy: null }),
        },
      ],
    ],
  ];
  test.each(cases)('%s', (text, expected) => {
    const article = articleOf(text);
    const developments = findDevelopments(article);
    expect(developments).toEqual(expected.map((e) => expect.objectContaining(e)));
    expectVerbatim(article, developments);
  });

  test.each([
    'The White House has yet to announce a date for a second summit.',
    'There will be no summit this year.',
    'North Korean leader Kim Jong Un threatened to cancel the summit.',
    'President Donald Trump had canceled the Singapore summit.',
    'The White House has not announced a third summit.',
    'The summit could be postponed if talks stall.',
    'Mr. Trump had long expressed a desire for a second summit with North Korean leader Kim Jong Un.',
  ])('no step that did not happen, or whose date is not given: %s', (text) => {
    expect(findDevelopments(articleOf(text))).toEqual([]);
  });
});
