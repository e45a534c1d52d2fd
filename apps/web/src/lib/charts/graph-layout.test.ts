import { describe, expect, it } from 'vitest';
import { forceLayout, layoutGraph, linkWidth } from './graph-layout.ts';
import { type GraphRecord, meetingGraph } from './meeting-graph.ts';

const record = (href: string, ...slugs: string[]): GraphRecord => ({
  kind: 'Meeting',
  href,
  text: href,
  people: slugs.map((slug) => ({ slug, name: slug })),
});
const graph = meetingGraph([
  record('/a', 'trump', 'kim'),
  record('/b', 'trump', 'kim'),
  record('/c', 'pompeo', 'biegun', 'kim'),
  record('/d', 'moon', 'kim-jong-un'),
  record('/e', 'loner'),
]);

describe('layoutGraph', () => {
  const layout = layoutGraph(graph, 600, 400);

  it('places every person inside the box', () => {
    expect(layout.people).toHaveLength(graph.people.length);
    for (const p of layout.people) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(600);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(400);
    }
  });

  it('draws each link between its two people, wider for more records', () => {
    const at = new Map(layout.people.map((p) => [p.slug, p]));
    for (const link of layout.links) {
      expect([link.x1, link.y1]).toEqual([at.get(link.source)?.x, at.get(link.source)?.y]);
      expect([link.x2, link.y2]).toEqual([at.get(link.target)?.x, at.get(link.target)?.y]);
    }
    const width = (key: string) => layout.links.find((l) => l.key === key)?.strokeWidth ?? 0;
    expect(width('kim--trump')).toBeGreaterThan(width('biegun--pompeo'));
  });

  it('keeps people who met closer than people who did not', () => {
    const at = new Map(layout.people.map((p) => [p.slug, p]));
    const distance = (a: string, b: string) =>
      Math.hypot((at.get(a)?.x ?? 0) - (at.get(b)?.x ?? 0), (at.get(a)?.y ?? 0) - (at.get(b)?.y ?? 0));
    expect(distance('trump', 'kim')).toBeLessThan(distance('trump', 'moon'));
  });

  it('lands the same way every time', () => {
    expect(forceLayout(graph, 600, 400)).toEqual(forceLayout(graph, 600, 400));
    expect(forceLayout(graph, 600, 400)).toEqual(layout);
  });

  it('keeps a layout made lately, for the same graph in the same box', () => {
    expect(layoutGraph(graph, 600, 400)).toBe(layout);
    expect(layoutGraph(graph, 600, 401)).not.toBe(layout);
  });

  it('counts how many others each person met', () => {
    expect(layout.people.find((p) => p.slug === 'kim')?.degree).toBe(3);
    expect(layout.people.find((p) => p.slug === 'loner')?.degree).toBe(0);
  });
});

describe('linkWidth', () => {
  it('grows with each record, up to a limit', () => {
    expect(linkWidth(2)).toBeGreaterThan(linkWidth(1));
    expect(linkWidth(100)).toBe(linkWidth(1000));
  });
});
