import { describe, expect, it } from 'vitest';
import { acceptedRecords, applyProblems } from './accepted.ts';
import { proposal } from './fixture.test-data.ts';
import { reviewOf } from './review.ts';

const review = reviewOf(proposal);
const rejecting = (...keys: string[]) => ({
  ...review,
  items: review.items.map((item) => ({ ...item, accepted: !keys.includes(item.key) })),
});

describe('acceptedRecords', () => {
  it('writes the accepted records, the source first, each at the revision read', () => {
    const { records, problems } = acceptedRecords(rejecting('r2'));
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.type, r.expectedRevision, (r.record as { id: string }).id])).toEqual([
      ['SOURCE', 0, proposal.sourceId],
      ['MEETING', 1, 'meeting:trump-kim-yong-chol-2018-06'],
      ['STATEMENT', 0, 'statement:kim-kye-gwan-2018-05-24-statement'],
      ['PERSON', 0, 'person:kim-kye-gwan'],
    ]);
  });

  it('reports a statement whose new speaker was rejected, rather than sending a broken reference', () => {
    const { problems } = acceptedRecords(rejecting('r4'));
    expect(problems).toEqual([
      {
        item: 'r3',
        field: null,
        message:
          'It refers to Kim Kye Gwan (Person 1), a new record you rejected: accept Person 1 too, or correct or reject Statement 2.',
      },
    ]);
    expect(acceptedRecords(rejecting('r3', 'r4')).problems).toEqual([]);
  });
});

describe('applyProblems', () => {
  it('puts each of the API’s refusals on the record its message names', () => {
    const problems = applyProblems(review, [
      {
        field: ['records'],
        code: 'NOT_FOUND',
        message:
          'statement "kim-kye-gwan-2018-05-24-statement": speakerId refers to person "person:kim-kye-gwan", which does not exist',
      },
      { field: ['records'], code: 'CONFLICT', message: 'meeting:x changed since it was read' },
    ]);
    expect(problems).toEqual([
      {
        item: 'r3',
        field: null,
        message: 'speakerId refers to person "person:kim-kye-gwan", which does not exist',
      },
      { item: null, field: null, message: 'meeting:x changed since it was read' },
    ]);
  });
});
