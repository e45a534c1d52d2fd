import { describe, expect, it } from 'vitest';
import type { Run } from '../record-kind.ts';
import { statements } from './statements.ts';

const source = (text: string | null) => ({
  id: 'SRC',
  title: 'CBS News article',
  text,
});
const date = {
  label: '18 January 2019',
  text: 'Friday',
  edtf: '2019-01-18',
  earliest: '2019-01-18',
  latest: '2019-01-18',
  precision: 'DAY',
};
const other = {
  id: 'ST2',
  quote: 'We will meet',
  paraphrase: null,
  speaker: { name: 'Kim' },
  organization: null,
  date,
};
const answer = {
  statement: {
    id: 'ST1',
    slug: 'sanders-remarks',
    revision: 3,
    kind: 'REMARKS',
    quote: 'Look we continue to make progress',
    paraphrase: null,
    speaker: { id: 'P1', name: 'Sarah Sanders' },
    organization: null,
    date,
    venue: { id: 'PL1', name: 'White House' },
    topics: [{ id: 'T1', name: 'Denuclearization' }],
    summit: null,
    meeting: null,
    relations: [
      { direction: 'OUTGOING', type: 'SUPPORTS', note: null, other, citation: null },
      { direction: 'INCOMING', type: 'CONTRADICTS', note: null, other, citation: null },
    ],
    citations: [
      { excerpt: 'Look we continue', source: source('"Look we continue to make progress," Sanders said') },
    ],
  },
};

/** A runner that answers every document with `data`, as the API would. */
const answering = (data: unknown): Run => (async () => data) as unknown as Run;

describe('statements.load', () => {
  it('turns the API’s answer into the update input’s values, with global ids', async () => {
    const loaded = await statements.load(answering(answer), 'sanders-remarks');
    expect(loaded).toMatchObject({ id: 'ST1', slug: 'sanders-remarks', revision: 3 });
    expect(loaded?.title).toBe('Sarah Sanders: remarks, 18 January 2019');
    expect(loaded?.values).toEqual({
      kind: 'REMARKS',
      quote: 'Look we continue to make progress',
      paraphrase: null,
      speakerId: 'P1',
      organizationId: null,
      date: {
        text: 'Friday',
        edtf: '2019-01-18',
        earliest: '2019-01-18',
        latest: '2019-01-18',
        precision: 'DAY',
      },
      venueId: 'PL1',
      topicIds: ['T1'],
      summitId: null,
      meetingId: null,
      relations: [{ type: 'SUPPORTS', targetId: 'ST2', note: null, citation: null }],
      citations: [{ sourceId: 'SRC', excerpt: 'Look we continue' }],
    });
  });

  it('notes the records it names and each cited source’s stored text', async () => {
    const loaded = await statements.load(answering(answer), 'sanders-remarks');
    expect(loaded?.choices.person).toEqual([{ id: 'P1', label: 'Sarah Sanders' }]);
    expect(loaded?.choices.statement).toEqual([{ id: 'ST2', label: 'Kim, 18 January 2019: “We will meet”' }]);
    expect(loaded?.sources).toEqual([
      { id: 'SRC', title: 'CBS News article', text: '"Look we continue to make progress," Sanders said' },
    ]);
  });

  it('answers null for a slug the API does not know', async () => {
    expect(await statements.load(answering({ statement: null }), 'nobody')).toBeNull();
  });
});
