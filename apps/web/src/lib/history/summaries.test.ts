import { describe, expect, it } from 'vitest';
import { plainText } from './pieces.ts';
import { summarise } from './summaries.ts';

const cited = { excerpt: 'the words', sourceId: 'source:cbs' };
const says = (field: string, value: unknown) => plainText(summarise(field, value));

describe('summarise', () => {
  it("reads a summit's development: status, description, dates, venue and source", () => {
    const development = {
      sequence: 2,
      date: { edtf: '2019-02', text: null, earliest: '2019-02-01', latest: '2019-02-28', precision: 'MONTH' },
      status: 'SCHEDULED',
      description: 'Set for Hanoi.',
      citation: cited,
      summitDate: null,
      locationId: 'place:hanoi',
    };
    expect(says('developments', development)).toBe(
      'Scheduled: “Set for Hanoi.”, on 2019-02, at hanoi, citing “the words” in cbs',
    );
  });

  it('reads a candidate location with who reported it, and a relation with its note', () => {
    expect(
      says('candidateLocations', {
        placeId: 'place:vietnam',
        reportedById: null,
        reportedByOrganizationId: 'organization:cbs',
        citation: cited,
      }),
    ).toBe('vietnam, reported by cbs, citing “the words” in cbs');
    expect(
      says('relations', {
        type: 'CONTRADICTS',
        targetId: 'statement:x',
        note: 'Later denied.',
        citation: null,
      }),
    ).toBe('Contradicts x: “Later denied.”');
  });

  it('reads any other object field by field, and an absent value as nothing', () => {
    expect(says('extra', { someNote: 'hi', count: 2, gone: null })).toBe('Some note: “hi”, Count: 2');
    expect(says('title', null)).toBe('nothing');
    expect(says('kind', 'PRESS_RELEASE')).toBe('Press release');
  });

  it('never links a record without a public page', () => {
    expect(summarise('countryId', 'place:vietnam')).toEqual([
      { ref: { id: 'place:vietnam', slug: 'vietnam', href: null } },
    ]);
  });
});
