/** A person drawn as a node, linked to their page. */
export interface GraphPerson {
  slug: string;
  name: string;
}

/** A meeting or summit: everyone in it met everyone else in it. */
export interface GraphRecord {
  kind: 'Meeting' | 'Summit';
  href: string;
  text: string;
  people: readonly GraphPerson[];
}

/** Two people and every record in which they met, in the order given. */
export interface GraphLink {
  /** Stable and unique: the two slugs in order, e.g. "donald-trump--kim-yong-chol". */
  key: string;
  source: string;
  target: string;
  records: GraphRecord[];
}

export interface MeetingGraph {
  people: GraphPerson[];
  links: GraphLink[];
}

/**
 * Who met whom: a node for each person in the records, a link for each pair of people who took part in the
 * same meeting or summit, holding every such record (a person listed twice in one record meets no one).
 */
export function meetingGraph(records: readonly GraphRecord[]): MeetingGraph {
  const people = new Map<string, GraphPerson>();
  const links = new Map<string, GraphLink>();
  for (const record of records) {
    const present = [...new Map(record.people.map((p) => [p.slug, p])).values()];
    for (const person of present) if (!people.has(person.slug)) people.set(person.slug, person);
    const slugs = present.map((p) => p.slug).sort();
    for (const [i, source] of slugs.entries()) {
      for (const target of slugs.slice(i + 1)) {
        const key = `${source}--${target}`;
        const link = links.get(key) ?? { key, source, target, records: [] };
        link.records.push(record);
        links.set(key, link);
      }
    }
  }
  return { people: [...people.values()], links: [...links.values()] };
}

const counted = (n: number, one: string) => (n === 0 ? null : `${n} ${one}${n === 1 ? '' : 's'}`);

/** What a link stands for, in words: "2 meetings", "1 summit", "2 meetings and 1 summit". */
export function sharedLabel(records: readonly GraphRecord[]): string {
  const meetings = counted(records.filter((r) => r.kind === 'Meeting').length, 'meeting');
  const summits = counted(records.filter((r) => r.kind === 'Summit').length, 'summit');
  return [meetings, summits].filter(Boolean).join(' and ');
}

/**
 * The graph cut to the `max` people who met the most others (ties by name), always with `focus`, and the links
 * among them: a crowd of hundreds draws as a blot, and its layout outgrows a page's time.
 */
export function busiest(graph: MeetingGraph, max: number, focus?: string): MeetingGraph {
  if (graph.people.length <= max) return graph;
  const degree = new Map<string, number>();
  for (const l of graph.links)
    for (const slug of [l.source, l.target]) degree.set(slug, (degree.get(slug) ?? 0) + 1);
  const ranked = [...graph.people].sort(
    (a, b) =>
      Number(b.slug === focus) - Number(a.slug === focus) ||
      (degree.get(b.slug) ?? 0) - (degree.get(a.slug) ?? 0) ||
      a.name.localeCompare(b.name, 'en'),
  );
  const kept = new Set(ranked.slice(0, max).map((p) => p.slug));
  return {
    people: graph.people.filter((p) => kept.has(p.slug)),
    links: graph.links.filter((l) => kept.has(l.source) && kept.has(l.target)),
  };
}
