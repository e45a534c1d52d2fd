import { describe, expect, it } from 'vitest';
import { busiest, type GraphRecord, meetingGraph, sharedLabel } from './meeting-graph.ts';

const person = (slug: string) => ({ slug, name: slug.replace('-', ' ') });
const record = (href: string, ...slugs: string[]): GraphRecord => ({
  kind: 'Meeting',
  href,
  text: href,
  people: slugs.map(person),
});

describe('meetingGraph', () => {
  const graph = meetingGraph([
    record('/meetings/oval', 'trump', 'kim-yong-chol'),
    record('/meetings/hotel', 'pompeo', 'biegun', 'kim-yong-chol'),
    record('/meetings/letter', 'kim-yong-chol', 'trump'),
  ]);

  it('has a node for each person, once', () => {
    expect(graph.people.map((p) => p.slug).sort()).toEqual(['biegun', 'kim-yong-chol', 'pompeo', 'trump']);
  });

  it('links each pair of people in a record, with every record they shared, whatever order they are listed in', () => {
    const trumpKim = graph.links.find((l) => l.key === 'kim-yong-chol--trump');
    expect(trumpKim?.records.map((r) => r.href)).toEqual(['/meetings/oval', '/meetings/letter']);
    expect(graph.links.map((l) => l.key).sort()).toEqual([
      'biegun--kim-yong-chol',
      'biegun--pompeo',
      'kim-yong-chol--pompeo',
      'kim-yong-chol--trump',
    ]);
  });

  it('does not link a person listed twice in one record to themselves', () => {
    expect(meetingGraph([record('/m', 'trump', 'trump')]).links).toEqual([]);
  });
});

describe('sharedLabel', () => {
  it('counts meetings and summits apart', () => {
    const summit: GraphRecord = { kind: 'Summit', href: '/s', text: 's', people: [] };
    expect(sharedLabel([record('/a'), record('/b')])).toBe('2 meetings');
    expect(sharedLabel([summit])).toBe('1 summit');
    expect(sharedLabel([record('/a'), summit, summit])).toBe('1 meeting and 2 summits');
  });
});

describe('busiest', () => {
  const graph = meetingGraph([
    record('/a', 'hub', 'a'),
    record('/b', 'hub', 'b'),
    record('/c', 'hub', 'c'),
    record('/d', 'a', 'b'),
    record('/e', 'lonely', 'c'),
  ]);

  it('keeps the people who met the most others, and the links among them', () => {
    const cut = busiest(graph, 3);
    expect(cut.people.map((p) => p.slug).sort()).toEqual(['a', 'b', 'hub']);
    expect(cut.links.map((l) => l.key).sort()).toEqual(['a--b', 'a--hub', 'b--hub']);
  });

  it('always keeps the person in focus, and leaves a small graph whole', () => {
    expect(busiest(graph, 2, 'lonely').people.map((p) => p.slug)).toContain('lonely');
    expect(busiest(graph, 10)).toBe(graph);
  });
});
