import { createMemoryStore, type Page, type PageArgs, type Store } from '@parley/domain';
import { generateDataset, type OpenedStore } from '@parley/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteStore } from './support/databases.ts';

type Lister = (store: Store, page: PageArgs) => Promise<Page<{ id: string }>>;

// Every list that pages by cursor, in each of its orders. Search is left out: its rank is each store's own
// measure of relevance, so a position in one store's results is not a position in the other's.
const lists: Record<string, Lister> = {
  'statements by date': (s, p) => s.listStatements(p),
  'statements by slug, descending': (s, p) =>
    s.listStatements({ ...p, orderBy: { field: 'SLUG', direction: 'DESC' } }),
  'statements of a topic, descending': (s, p) =>
    s.listStatements({
      ...p,
      filter: { topicIds: ['topic:synthetic-sanctions'] },
      orderBy: { field: 'DATE', direction: 'DESC' },
    }),
  'summits by ordinal': (s, p) => s.listSummits({ ...p, orderBy: { field: 'ORDINAL', direction: 'ASC' } }),
  'summits by title': (s, p) => s.listSummits({ ...p, orderBy: { field: 'TITLE', direction: 'DESC' } }),
  'meetings by date': (s, p) => s.listMeetings(p),
  'meetings by title': (s, p) => s.listMeetings({ ...p, orderBy: { field: 'TITLE', direction: 'ASC' } }),
  people: (s, p) => s.listPeople(p),
  timeline: async (s, p) => {
    const page = await s.timeline({ ...p, from: '2015-01-05' });
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: { id: `${e.node.type} ${e.node.id}` } })) };
  },
};

/** A page as plain data: what it holds, its cursors and its page info. */
const plain = (page: Page<{ id: string }>) => ({
  edges: page.edges.map((e) => [e.node.id, e.cursor]),
  pageInfo: page.pageInfo,
});

describe('a cursor from one store pages another store over the same data identically', () => {
  // Dates within 30 days: many records share one, so the cursors must carry the ids that order them.
  const dataset = generateDataset(80, { days: 30 });
  const memory = createMemoryStore(dataset);
  let sql: OpenedStore;
  beforeAll(async () => {
    sql = await pgliteStore(dataset);
  });
  afterAll(() => sql?.dispose());

  it.each(Object.entries(lists))('%s', async (_name, list) => {
    const stores = [memory, sql.store] as const;
    for (const [from, to] of [stores, [...stores].reverse()]) {
      const first = await list(from as Store, { first: 6 });
      expect(plain(await list(to as Store, { first: 6 }))).toEqual(plain(first));
      const cursor = first.pageInfo.endCursor;
      expect(cursor).not.toBeNull();
      for (const args of [
        { first: 5, after: cursor },
        { last: 4, before: cursor },
      ]) {
        expect(plain(await list(to as Store, args))).toEqual(plain(await list(from as Store, args)));
      }
    }
  });
});
