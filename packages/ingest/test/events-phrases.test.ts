import { describe, expect, test } from 'vitest';
import { findPhrases, topicsOf } from '../src/events/phrases.ts';
import { mayBeSameDate } from '../src/events/same-day.ts';

const phrases = (text: string) => findPhrases(text).map((p) => `${p.kind}: ${p.text}`);

describe('the when, where, how long and about what of a sentence, verbatim', () => {
  test.each([
    [
      'A second U.S.-North Korea summit will take place at the end of February, on a date and at a location yet to be announced, White House press secretary Sarah Sanders said Friday.',
      ['date: at the end of February', 'date: Friday'],
    ],
    [
      "The president's meeting followed the one they had Friday morning at a hotel in Northwest D.C.",
      ['date: Friday morning', 'place: at a hotel in Northwest D.C.'],
    ],
    [
      'They met for an hour and half, to discuss denuclearization and a second summit, which will take place near the end of February.',
      [
        'duration: for an hour and half',
        'topic: to discuss denuclearization and a second summit',
        'date: near the end of February',
      ],
    ],
    [
      'They met at the Metropole hotel in Hanoi in mid-March and again earlier this week.',
      ['place: at the Metropole hotel in Hanoi', 'date: in mid-March', 'date: earlier this week'],
    ],
    [
      'Pompeo met him in New York on Thursday for talks on the summit.',
      ['place: in New York', 'date: on Thursday', 'topic: for talks on the summit'],
    ],
    ['They met in Singapore.', ['place: in Singapore']],
    [
      'In a statement, he said it was in the form of sanctions on North Korea, at a place to be announced.',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  test('topics: a list of short items is split, a long subject kept whole', () => {
    const [short] = findPhrases('They met to discuss trade, energy and sanctions.');
    expect(topicsOf(short as never)).toEqual(['trade', 'energy', 'sanctions']);
    const [long] = findPhrases(
      'They met to discuss the commitments Trump and Kim made at their summit in Singapore.',
    );
    expect(topicsOf(long as never)).toEqual(['the commitments Trump and Kim made at their summit']);
  });
});

describe('dates that may be one day', () => {
  test.each([
    ['Friday morning', 'this morning', true],
    ['Friday', 'Friday afternoon', true],
    ['on Thursday', 'Thursday', true],
    [null, 'in June 2018', true],
    ['Friday afternoon', 'in June 2018', false],
    ['on Thursday', 'on Friday', false],
    ['June 1', 'June 2', false],
  ])('%s / %s → %s', (a, b, same) => {
    expect(mayBeSameDate(a, b)).toBe(same);
  });
});
