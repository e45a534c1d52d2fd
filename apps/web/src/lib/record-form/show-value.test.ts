import { describe, expect, it } from 'vitest';
import { recordFields } from './record-kinds.ts';
import { NOTHING, nameLookup, showValue } from './show-value.ts';

const fields = recordFields('meetings');
const field = (key: string) => {
  const found = fields.find((f) => f.key === key);
  if (!found) throw new Error(key);
  return found;
};
const nameOf = nameLookup({
  person: [{ id: 'P1', label: 'Donald Trump' }],
  topic: [{ id: 'T1', label: 'Sanctions' }],
  source: [{ id: 'S1', label: 'CBS News' }],
});

describe('showValue', () => {
  it('names records, not ids, and says when there is nothing', () => {
    expect(showValue(field('topicIds'), ['T1', 'T9'], nameOf)).toEqual(['Sanctions, T9']);
    expect(showValue(field('locationId'), null, nameOf)).toEqual([NOTHING]);
    expect(showValue(field('topicIds'), [], nameOf)).toEqual([NOTHING]);
  });

  it('shows a date as EDTF with the source’s words, and a list one item a line', () => {
    expect(showValue(field('date'), { edtf: '2019-01-18', text: 'Friday' }, nameOf)).toEqual([
      '2019-01-18 (“Friday”)',
    ]);
    expect(
      showValue(
        field('participants'),
        [
          { personId: 'P1', role: 'HOST' },
          { personId: 'P2', role: 'GUEST' },
        ],
        nameOf,
      ),
    ).toEqual(['Person: Donald Trump · Part played: Host', 'Person: P2 · Part played: Guest']);
    expect(showValue(field('citations'), [{ sourceId: 'S1', excerpt: 'met' }], nameOf)).toEqual([
      'CBS News: “met”',
    ]);
  });
});
