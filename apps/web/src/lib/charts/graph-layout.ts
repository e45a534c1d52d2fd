import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import type { GraphLink, GraphPerson, MeetingGraph } from './meeting-graph.ts';

/** A person placed on the drawing. */
export interface PlacedPerson extends GraphPerson {
  x: number;
  y: number;
  /** How many others this person met: the node grows with it. */
  degree: number;
}

/** A link placed between two people, as wide as the number of records behind it. */
export interface PlacedLink extends GraphLink {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  strokeWidth: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  people: PlacedPerson[];
  links: PlacedLink[];
}

type Node = SimulationNodeDatum & { slug: string };

/** Ticks of the simulation, with the cooling made to fit them (d3's default is 300): a few hundred people settle. */
const TICKS = 80;
const PAD = 48;

/** At most this many people are drawn (the ones who met the most others): more draw as a blot. */
export const GRAPH_MAX_PEOPLE = 60;

/** The box a graph of `people` fills: taller for more, so a crowd keeps its names apart. */
export const graphBox = (people: number) => ({
  width: 720,
  height: Math.min(720, Math.max(300, 80 * Math.ceil(Math.sqrt(people)))),
});

/** One record is a hairline's worth more than none; each further record widens the link, up to a limit. */
export const linkWidth = (records: number): number => Math.min(2 + 3 * (records - 1), 14);

/** `forceLayout`, kept for the graphs laid out lately: the same graph always lands the same way. */
export function layoutGraph(graph: MeetingGraph, width: number, height: number, focus?: string): GraphLayout {
  const key = [
    width,
    height,
    focus,
    ...graph.people.map((p) => p.slug),
    ...graph.links.map((l) => `${l.key}:${l.records.length}`),
  ].join(' ');
  const kept = laidOut.get(key);
  if (kept) return kept;
  const layout = forceLayout(graph, width, height, focus);
  if (laidOut.size >= KEPT) laidOut.delete(laidOut.keys().next().value as string);
  laidOut.set(key, layout);
  return layout;
}

/** Layouts made lately, by graph and box: the people page draws the same graph for every reader until a record changes. */
const laidOut = new Map<string, GraphLayout>();
const KEPT = 32;

/**
 * Places people with d3-force, run to rest on the server: linked people pull together (more records, closer),
 * everyone pushes everyone apart, and a person named as `focus` is pinned, so the others arrange around them.
 * The result is scaled to fit `width` × `height`; d3-force's random source is seeded, so a graph always lands
 * the same way.
 */
export function forceLayout(graph: MeetingGraph, width: number, height: number, focus?: string): GraphLayout {
  const nodes: Node[] = graph.people.map((p) =>
    p.slug === focus ? { slug: p.slug, fx: 0, fy: 0 } : { slug: p.slug },
  );
  const links = graph.links.map((l) => ({ source: l.source, target: l.target, weight: l.records.length }));
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<Node, (typeof links)[number]>(links)
        .id((n) => n.slug)
        .distance((l) => 90 / Math.sqrt(l.weight)),
    )
    // A looser Barnes–Hut approximation (theta 1.2, d3's is 0.9): the far crowd pushes as one.
    .force('charge', forceManyBody().strength(-260).theta(1.2))
    .force('collide', forceCollide(28))
    // Gentle pulls to the middle keep people who met no one in view.
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.06))
    .alphaDecay(1 - 0.001 ** (1 / TICKS))
    .stop();
  simulation.tick(TICKS);
  const position = new Map(nodes.map((n) => [n.slug, n]));
  const fit = fitter(nodes, width, height);
  const degree = new Map<string, number>();
  for (const l of graph.links) for (const s of [l.source, l.target]) degree.set(s, (degree.get(s) ?? 0) + 1);
  const at = (slug: string) => fit(position.get(slug) as Node);
  return {
    width,
    height,
    people: graph.people.map((p) => ({ ...p, ...at(p.slug), degree: degree.get(p.slug) ?? 0 })),
    links: graph.links.map((l) => {
      const [a, b] = [at(l.source), at(l.target)];
      return { ...l, x1: a.x, y1: a.y, x2: b.x, y2: b.y, strokeWidth: linkWidth(l.records.length) };
    }),
  };
}

/** Scales and centres positions into the box, the same factor on both axes so distances keep their meaning. */
function fitter(nodes: readonly Node[], width: number, height: number) {
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(
    (width - 2 * PAD) / (maxX - minX || 1),
    (height - 2 * PAD) / (maxY - minY || 1),
    1.6,
  );
  const round = (v: number) => Math.round(v * 10) / 10;
  return (n: Node) => ({
    x: round(width / 2 + ((n.x ?? 0) - (minX + maxX) / 2) * scale),
    y: round(height / 2 + ((n.y ?? 0) - (minY + maxY) / 2) * scale),
  });
}
