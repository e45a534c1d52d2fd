import { describe, expect, it } from 'vitest';
import { timelineItems } from './timeline-items.ts';

const date = (earliest: string, latest = earliest) => ({ earliest, latest, label: earliest });
const reported = { source: { publishedAt: '2019-01-18' } };

describe('timelineItems', () => {
  it("links each record to its page and a summit's changes to their excerpts, in the order reported", () => {
    const [summit, meeting] = timelineItems([
      {
        __typename: 'Summit',
        slug: 'second',
        title: 'Second summit',
        date: date('2019-02-20', '2019-02-28'),
        developments: [
          { sequence: 2, status: 'SCHEDULED', date: date('2019-02-01'), citation: reported },
          { sequence: 1, status: 'ANNOUNCED', date: null, citation: reported },
        ],
      },
      { __typename: 'Meeting', slug: 'oval', title: 'Oval Office', date: date('2019-01-18') },
    ]);
    expect(summit).toMatchObject({ kind: 'Summit', href: '/summits/second', text: 'Second summit' });
    expect(summit && 'changes' in summit ? summit.changes : []).toEqual([
      {
        status: 'ANNOUNCED',
        statusLabel: 'Announced',
        date: null,
        reportedOn: '2019-01-18',
        href: '/summits/second#development-1',
      },
      {
        status: 'SCHEDULED',
        statusLabel: 'Scheduled',
        date: date('2019-02-01'),
        reportedOn: '2019-01-18',
        href: '/summits/second#development-2',
      },
    ]);
    expect(meeting).toEqual({
      kind: 'Meeting',
      href: '/meetings/oval',
      text: 'Oval Office',
      date: date('2019-01-18'),
    });
  });

  it('leaves out a meeting or statement without a date, and keeps a summit without one for its changes', () => {
    const items = timelineItems([
      { __typename: 'Summit', slug: 'tba', title: 'TBA', date: null, developments: [] },
      {
        __typename: 'Statement',
        slug: 's',
        quote: 'Words',
        paraphrase: null,
        speaker: { name: 'Sarah Sanders' },
        organization: null,
        date: null,
      },
    ]);
    expect(items.map((i) => i.kind)).toEqual(['Summit']);
  });
});
