import type { Store } from '@parley/domain';
import { runInProcess } from './in-process.ts';
import { monthsBack } from './months.ts';
import { type Operation, personPage, search, statementsPage, summitPage, timeline } from './operations.ts';
import { drawMix, type MixPart, zipfWeights } from './skewed.ts';

/**
 * Requests with different variables, sent in turn (each connection from the first): the operations once
 * each, or in the order `sequence` draws them (indexes into `operations`, repeats allowed).
 */
export interface Workload {
  name: string;
  /** What the requests go through, for the report, e.g. "50 summits by slug". */
  cycle: string;
  operations: Operation[];
  sequence?: number[];
}

/** How many different requests a workload goes through at most. */
export const MAX_DISTINCT = 100;

/** The cursors that start the first `pages` pages of `size` statements (null for the first), paged as a client would. */
export async function pageCursors(store: Store, pages: number, size: number): Promise<(string | null)[]> {
  const cursors: (string | null)[] = [null];
  while (cursors.length < pages) {
    const { statements } = await runInProcess<{
      statements: { pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(
      store,
      'query Page($first: Int!, $after: String) { statements(first: $first, after: $after) { pageInfo { hasNextPage endCursor } } }',
      { first: size, after: cursors.at(-1) },
    );
    if (!statements.pageInfo.hasNextPage) break;
    cursors.push(statements.pageInfo.endCursor);
  }
  return cursors;
}

/** The servers' workloads over a filled store: every summit page, many statements pages, many people's names. */
export async function apiWorkloads(store: Store): Promise<Workload[]> {
  const { summits, people } = await runInProcess<{
    summits: { nodes: { slug: string }[] };
    people: { nodes: { name: string }[] };
  }>(
    store,
    `query Names { summits(first: ${MAX_DISTINCT}) { nodes { slug } } people(first: ${MAX_DISTINCT}) { nodes { name } } }`,
  );
  const cursors = await pageCursors(store, MAX_DISTINCT, 50);
  return [
    {
      name: 'summit-page',
      cycle: `${summits.nodes.length} summits by slug`,
      operations: summits.nodes.map(({ slug }) => summitPage(slug)),
    },
    {
      name: 'statements-page',
      cycle: `the first ${cursors.length} pages of 50 by cursor`,
      operations: cursors.map((after) => statementsPage(50, after)),
    },
    {
      name: 'search',
      cycle: `${people.nodes.length} people's names`,
      operations: people.nodes.map(({ name }) => search(name)),
    },
  ];
}

/** The servers' workloads and people's pages (what each said): the reads of the read/write mix. */
export async function mixWorkloads(store: Store): Promise<Workload[]> {
  const { people } = await runInProcess<{ people: { nodes: { slug: string }[] } }>(
    store,
    `query Slugs { people(first: ${MAX_DISTINCT}) { nodes { slug } } }`,
  );
  return [
    ...(await apiWorkloads(store)),
    {
      name: 'person-page',
      cycle: `${people.nodes.length} people by slug`,
      operations: people.nodes.map(({ slug }) => personPage(slug)),
    },
  ];
}

/** The mixed workload's operations and their shares of its requests (issue 13's realistic reader). */
export const MIX_SHARES = {
  'summit-page': 0.35,
  'statements-page': 0.25,
  'person-page': 0.15,
  search: 0.15,
  timeline: 0.1,
} as const;
type MixOperation = keyof typeof MIX_SHARES;

/** How skewed each operation's choice is: the request of popularity rank k is asked ∝ 1/k^ZIPF_EXPONENT. */
export const ZIPF_EXPONENT = 1.1;
/** The draws' seed (the Hanoi summit's first day): the same seed, store and size give the same requests. */
export const MIX_SEED = 20190227;
/** Requests drawn per series: each connection sends them in this order, from the first. */
const OPERATION_DRAWS = 500;
const MIXED_DRAWS = 1000;

/** One operation's possible requests, most popular first, and how they were ranked. */
interface Ranked {
  name: MixOperation;
  ranking: string;
  operations: Operation[];
}

/** Each mixed-workload operation's requests over a filled store, ranked as readers would favour them. */
async function rankedRequests(store: Store): Promise<Ranked[]> {
  const { summits, statements, topics } = await runInProcess<{
    summits: { nodes: { slug: string }[] };
    statements: {
      nodes: { date: { latest: string } | null; speaker: { slug: string; name: string } | null }[];
    };
    topics: { name: string }[];
  }>(
    store,
    `query Ranks {
      summits(first: ${MAX_DISTINCT}, orderBy: { field: DATE, direction: DESC }) { nodes { slug } }
      statements(first: ${MAX_DISTINCT}, orderBy: { field: DATE, direction: DESC }) { nodes { date { latest } speaker { slug name } } }
      topics { name }
    }`,
  );
  // People in the news: the speakers of the newest statements, the most recent first.
  const speakers = [
    ...new Map(statements.nodes.flatMap((n) => (n.speaker ? [[n.speaker.slug, n.speaker]] : []))).values(),
  ];
  const words = topics.map((t) => (t.name.split(' ')[0] as string).toLowerCase());
  // Two names for each topic word, both ranked as above.
  const terms = speakers.flatMap((p, i) => {
    const word = i % 2 === 1 ? words[i >> 1] : undefined;
    return word ? [p.name, word] : [p.name];
  });
  const newest = statements.nodes[0]?.date?.latest.slice(0, 7);
  if (!newest) throw new Error('the store has no dated statement to rank timeline windows by');
  const windows = [];
  for (const [from, to] of monthsBack(newest, MAX_DISTINCT)) {
    const { timeline: found } = await runInProcess<{ timeline: { totalCount: number } }>(
      store,
      'query Window($from: Date!, $to: Date!) { timeline(from: $from, to: $to, first: 1) { totalCount } }',
      { from, to },
    );
    if (found.totalCount > 0) windows.push(timeline(from, to));
  }
  return [
    {
      name: 'summit-page',
      ranking: `${summits.nodes.length} summits, newest first`,
      operations: summits.nodes.map(({ slug }) => summitPage(slug)),
    },
    {
      name: 'statements-page',
      ranking: 'the first pages of 50 by cursor, shallowest first',
      operations: (await pageCursors(store, MAX_DISTINCT, 50)).map((after) => statementsPage(50, after)),
    },
    {
      name: 'person-page',
      ranking: `${speakers.length} people, who spoke most recently first`,
      operations: speakers.map(({ slug }) => personPage(slug)),
    },
    {
      name: 'search',
      ranking: `${terms.length} words: those people's names and topic words, two names to a word`,
      operations: terms.map((term) => search(term)),
    },
    {
      name: 'timeline',
      ranking: `${windows.length} calendar months with records, the newest (${newest}) first`,
      operations: windows,
    },
  ];
}

/** A workload of the drawn operations only (the never drawn cost no reference), in the order drawn. */
function drawn(name: string, cycle: string, operations: Operation[], draws: number[]): Workload {
  const used = [...new Set(draws)];
  const position = new Map(used.map((index, k) => [index, k]));
  return {
    name,
    cycle: `${cycle}; ${draws.length} draws, ${used.length} different`,
    operations: used.map((index) => operations[index] as Operation),
    sequence: draws.map((index) => position.get(index) as number),
  };
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/**
 * The realistic workloads of issue 13 over a filled store: each operation's requests drawn by Zipf's law
 * over its ranked requests (most readers open the newest summit, a long tail the rest), then all five mixed
 * in the shares of MIX_SHARES. Deterministic given MIX_SEED.
 */
export async function skewedWorkloads(store: Store): Promise<Workload[]> {
  const ranked = await rankedRequests(store);
  const perOperation = ranked.map((r, i) => {
    const draws = drawMix(
      [{ share: 1, ranks: r.operations.length }],
      OPERATION_DRAWS,
      ZIPF_EXPONENT,
      MIX_SEED + i + 1,
    );
    const top = zipfWeights(r.operations.length, ZIPF_EXPONENT)[0] as number;
    return drawn(
      r.name,
      `${r.ranking}; the first is ${percent(top)} of requests`,
      r.operations,
      draws.map((d) => d.rank),
    );
  });
  const parts: MixPart[] = ranked.map((r) => ({ share: MIX_SHARES[r.name], ranks: r.operations.length }));
  const offsets = ranked.map((_, i) => ranked.slice(0, i).reduce((n, r) => n + r.operations.length, 0));
  const draws = drawMix(parts, MIXED_DRAWS, ZIPF_EXPONENT, MIX_SEED);
  const shares = ranked.map((r) => `${percent(MIX_SHARES[r.name])} ${r.name}`).join(', ');
  const mixed = drawn(
    'mixed',
    `${shares}, each drawn as in its own row`,
    ranked.flatMap((r) => r.operations),
    draws.map((d) => (offsets[d.part] as number) + d.rank),
  );
  return [mixed, ...perOperation];
}
