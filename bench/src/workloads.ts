import type { Store } from '@parley/domain';
import { runInProcess } from './in-process.ts';
import { type Operation, personPage, search, statementsPage, summitPage } from './operations.ts';

/**
 * One kind of request asked with different variables in turn, so a series never repeats one query: a
 * response cache misses on the first of each and can answer only the rest.
 */
export interface Workload {
  name: string;
  /** What the requests go through, for the report, e.g. "50 summits by slug". */
  cycle: string;
  operations: Operation[];
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
