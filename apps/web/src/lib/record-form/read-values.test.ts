import { describe, expect, it } from 'vitest';
import type { FieldProblem } from './descriptors.ts';
import { valuesOf } from './read-values.ts';
import { recordFields } from './record-kinds.ts';

const meeting = recordFields('meetings');
const drafts = {
  title: '  Trump meets Kim Yong Chol ',
  description: '',
  date: { edtf: '2019-01-18', text: 'Friday' },
  durationMinutes: '90',
  locationId: '',
  participants: [{ personId: 'P1', role: 'HOST' }],
  topicIds: ['T1'],
  summitId: 'S1',
  citations: [{ sourceId: 'SRC', excerpt: ' met with Kim Yong Chol ' }],
};

describe('valuesOf', () => {
  it('reads drafts into the update input’s values: trimmed, empty as null, dates from EDTF', () => {
    const { values, problems } = valuesOf(meeting, drafts);
    expect(problems).toEqual([]);
    expect(values).toEqual({
      title: 'Trump meets Kim Yong Chol',
      description: null,
      date: {
        text: 'Friday',
        edtf: '2019-01-18',
        earliest: '2019-01-18',
        latest: '2019-01-18',
        precision: 'DAY',
      },
      durationMinutes: 90,
      locationId: null,
      participants: [{ personId: 'P1', role: 'HOST' }],
      topicIds: ['T1'],
      summitId: 'S1',
      citations: [{ sourceId: 'SRC', excerpt: 'met with Kim Yong Chol' }],
    });
  });

  it('reads a span and a part of a month at their precision', () => {
    const date = (edtf: string) => valuesOf(meeting, { ...drafts, date: { edtf, text: '' } }).values.date;
    expect(date('2019-02-21/2019-02-28')).toMatchObject({
      earliest: '2019-02-21',
      precision: 'RANGE',
      text: null,
    });
    expect(date('2019-02')).toMatchObject({ latest: '2019-02-28', precision: 'MONTH' });
  });

  it('names each control it cannot read, by its form name', () => {
    const { problems } = valuesOf(meeting, {
      ...drafts,
      date: { edtf: 'next Friday', text: '' },
      durationMinutes: '1.5',
      participants: [{ personId: '', role: 'GUEST' }],
      citations: [{ sourceId: '', excerpt: 'words' }],
    });
    expect(problems.map((p: FieldProblem) => p.name)).toEqual([
      'date',
      'durationMinutes',
      'participants.0.personId',
      'citations.0.sourceId',
    ]);
    expect(problems[0]?.message).toMatch(/not a valid EDTF date/);
    expect(problems[1]?.message).toBe('must be a whole number');
  });

  it('asks for a required date, and leaves an optional one null', () => {
    expect(valuesOf(meeting, { ...drafts, date: { edtf: ' ', text: '' } }).problems).toEqual([
      { name: 'date', message: 'needs a date (EDTF, e.g. 2019-02-27)' },
    ]);
    const summit = recordFields('summits');
    expect(valuesOf(summit, { date: { edtf: '', text: 'soon' } }).values.date).toBeNull();
  });
});
