import { describe, expect, it } from 'vitest';
import { changesOf, dateWords, idWords } from './describe.ts';
import { proposal } from './fixture.test-data.ts';
import { reviewOf } from './review.ts';
import { wordsFor } from './words.ts';

const review = reviewOf(proposal);
const words = wordsFor(review, [{ id: 'person:donald-trump', name: 'Donald Trump' }]);

describe('wordsFor', () => {
  it('names people and the proposal’s records by id, and every date by its EDTF', () => {
    expect(idWords('person:donald-trump', words)).toBe('Donald Trump');
    expect(idWords('person:kim-kye-gwan', words)).toBe('Kim Kye Gwan');
    expect(idWords('place:oval-office', words)).toBe('place:oval-office');
    expect(dateWords({ edtf: '2018-06-01' }, words)).toBe('1 June 2018');
    expect(dateWords({ edtf: '2018-06' }, words)).toBe('June 2018');
    expect(dateWords({ edtf: '2018-05-24/2018-05-25' }, words)).toBe('24–25 May 2018');
    expect(dateWords(null, words)).toBe('no date');
  });
});

describe('changesOf', () => {
  it('says what an update changes in the recorded version, field by field', () => {
    expect(changesOf(review.items[1] as never, words)).toEqual([
      'Date: June 2018 → 1 June 2018',
      'Duration: not given → 1 hour 30 minutes',
      'Place: none → place:oval-office',
      'Citations: 1 added',
    ]);
  });

  it('counts what a list gains, loses or changes, whatever the order and numbering of its entries', () => {
    const summit = (developments: object[]) => ({ developments });
    const step = (sequence: number, status: string) => ({ sequence, status });
    const item = {
      ...review.items[1],
      before: summit([step(1, 'CANCELLED'), step(2, 'SCHEDULED'), step(3, 'HELD')]),
      record: summit([step(1, 'CANCELLED'), step(2, 'CANCELLED'), step(3, 'SCHEDULED'), step(4, 'HELD')]),
    };
    expect(changesOf(item as never, words)).toEqual(['Developments: 1 added']);
    const refined = {
      ...item,
      record: summit([step(1, 'CANCELLED'), step(2, 'POSTPONED'), step(3, 'HELD')]),
    };
    expect(changesOf(refined as never, words)).toEqual(['Developments: 1 changed']);
    const fewer = { ...item, record: summit([step(1, 'CANCELLED')]) };
    expect(changesOf(fewer as never, words)).toEqual(['Developments: 2 removed']);
  });

  it('says nothing for a new record', () => {
    expect(changesOf(review.items[2] as never, words)).toEqual([]);
  });
});
