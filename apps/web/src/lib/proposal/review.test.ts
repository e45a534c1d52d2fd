import { describe, expect, it } from 'vitest';
import { proposal } from './fixture.test-data.ts';
import {
  excerptsCiting,
  itemTitles,
  parseReview,
  publicHref,
  recordName,
  referencesOf,
  reviewOf,
  slugOfId,
  sourceOf,
} from './review.ts';

const review = reviewOf(proposal);

describe('reviewOf', () => {
  it('keeps every proposed record, accepted, under a stable key', () => {
    expect(review.items.map((i) => [i.key, i.type, i.action, i.accepted])).toEqual([
      ['r0', 'SOURCE', 'CREATE', true],
      ['r1', 'MEETING', 'UPDATE', true],
      ['r2', 'STATEMENT', 'CREATE', true],
      ['r3', 'STATEMENT', 'CREATE', true],
      ['r4', 'PERSON', 'CREATE', true],
    ]);
    expect(sourceOf(review)?.record.outlet).toBe('Westbrook Courier');
  });
});

describe('itemTitles', () => {
  it('numbers items by kind, a recorded summit’s new step as a development', () => {
    const summit = {
      ...review.items[1],
      key: 'r9',
      type: 'SUMMIT',
      action: 'UPDATE',
    } as (typeof review.items)[number];
    const titles = itemTitles({ ...review, items: [...review.items, summit] });
    expect([...titles.values()]).toEqual([
      'The article',
      'Meeting 1',
      'Statement 1',
      'Statement 2',
      'Person 1',
      'Development 1',
    ]);
  });
});

describe('excerptsCiting', () => {
  it('finds the excerpts of one source anywhere in a record, leaving other sources’ out', () => {
    const meeting = review.items[1]?.record;
    expect(excerptsCiting(meeting, proposal.sourceId)).toEqual([
      'President Donald Trump on Thursday canceled his planned June 12 summit.',
    ]);
    expect(excerptsCiting(review.items[4]?.record, proposal.sourceId)).toHaveLength(1);
  });
});

describe('referencesOf', () => {
  it('lists the ids a record refers to, not its own', () => {
    expect([...referencesOf(review.items[3]?.record)].sort()).toEqual([
      'person:kim-kye-gwan',
      proposal.sourceId,
    ]);
  });
});

describe('publicHref', () => {
  it('links statements, meetings, summits and people by the slug after "type:"; sources and places have no page', () => {
    for (const item of review.items) expect(slugOfId(item.record.id)).toBe(item.record.slug);
    expect(publicHref('MEETING', 'meeting:trump-kim-yong-chol-2018-06')).toBe(
      '/meetings/trump-kim-yong-chol-2018-06',
    );
    expect(publicHref('PERSON', 'person:kim-kye-gwan')).toBe('/people/kim-kye-gwan');
    expect(publicHref('STATEMENT', 'statement:a-b')).toBe('/statements/a-b');
    expect(publicHref('SUMMIT', 'summit:singapore-2018')).toBe('/summits/singapore-2018');
    expect(publicHref('SOURCE', proposal.sourceId)).toBeNull();
    expect(publicHref('PLACE', 'place:new-york')).toBeNull();
  });
});

describe('recordName', () => {
  it('names a record by its name, title, or the opening of its quote or paraphrase', () => {
    expect(review.items.map((i) => recordName(i.record))).toEqual([
      'Trump calls off June summit',
      'Kim Yong Chol delivers a letter',
      '“Sadly, I feel it is inappropriate.”',
      'Pyongyang was still willing to talk',
      'Kim Kye Gwan',
    ]);
  });
});

describe('parseReview', () => {
  it('reads back what the hidden field holds, and nothing that is not a review', () => {
    expect(parseReview(JSON.stringify(review))).toEqual(review);
    expect(parseReview('{"sourceId":"x","items":[{"key":"r0"}]}')).toBeNull();
    expect(parseReview('not json')).toBeNull();
    expect(parseReview('null')).toBeNull();
  });
});
