import { describe, expect, it } from 'vitest';
import { changedKeys, fieldChanges, reapplied, sameValue } from './changes.ts';

describe('sameValue', () => {
  it('compares deeply, whatever the order of keys', () => {
    expect(sameValue({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: null }, {})).toBe(false);
    expect(sameValue({}, { a: null })).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
  });
});

describe('changes', () => {
  const read = { title: 'A', topicIds: ['t1'], date: { edtf: '2019', text: '' } };

  it('lists the fields that differ, with both values', () => {
    const now = { title: 'A', topicIds: ['t1', 't2'], date: { text: '', edtf: '2019' } };
    expect(changedKeys(read, now)).toEqual(['topicIds']);
    expect(fieldChanges(read, now)).toEqual([{ key: 'topicIds', before: ['t1'], after: ['t1', 't2'] }]);
  });

  it('reapplies the editor’s own changes over the current version, keeping the others’', () => {
    const current = { title: 'B', topicIds: ['t1'], date: { edtf: '2020', text: '' } };
    const mine = { title: 'A', topicIds: ['t3'], date: { edtf: '2019', text: '' } };
    expect(reapplied(current, read, mine)).toEqual({ title: 'B', topicIds: ['t3'], date: current.date });
  });
});
