import type { Page, RecordOf, RecordType, Store } from '@parley/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenedStore, pgliteStore } from './support/databases.ts';
import { syntheticDataset } from './support/synthetic.ts';

const SUMMIT = 'summit:second-us-north-korea-2019';

/** Loads ids the way DataLoader does: all the ids one step of a query needs, one batched call per type. */
async function loadAll<T extends RecordType>(store: Store, type: T, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  return wanted.length > 0 ? store.load(type, wanted) : [];
}

/** The statements page: a page of statements and each one's speaker. */
async function statementsPage(store: Store, n: number) {
  const page = await store.listStatements({ filter: { summitIds: [SUMMIT] }, first: n });
  await loadAll(
    store,
    'person',
    page.edges.map((e) => e.node.speakerId),
  );
  return page.edges.length;
}

/** The summit page: the summit, its places and people, its meetings and statements with theirs, their relations. */
async function summitPage(store: Store, n: number) {
  const [summit] = (await store.loadBySlug('summit', ['second-us-north-korea-2019'])) as RecordOf<'summit'>[];
  if (!summit) throw new Error('no summit');
  const [meetings, statements] = await Promise.all([
    store.listMeetings({ filter: { summitIds: [summit.id] }, first: n }),
    store.listStatements({ filter: { summitIds: [summit.id] }, first: n }),
  ]);
  const m = meetings.edges.map((e) => e.node);
  const s = statements.edges.map((e) => e.node);
  await Promise.all([
    loadAll(store, 'place', [
      summit.locationId,
      ...summit.candidateLocations.map((c) => c.placeId),
      ...m.map((x) => x.locationId),
    ]),
    loadAll(store, 'person', [
      ...summit.participants.map((p) => p.personId),
      ...m.flatMap((x) => x.participants.map((p) => p.personId)),
      ...s.map((x) => x.speakerId),
    ]),
    loadAll(store, 'topic', [...summit.topicIds, ...s.flatMap((x) => x.topicIds)]),
    loadAll(
      store,
      'source',
      s.flatMap((x) => x.citations.map((c) => c.sourceId)),
    ),
    store.loadRelations(s.map((x) => x.id)),
  ]);
  return m.length + s.length;
}

/** The search page: hits, then the records behind them, one batch per type. */
async function searchPage(store: Store, n: number) {
  const hits = await store.search({ query: 'synthetic denuclearization', first: n });
  const ids = (type: RecordType) => hits.edges.filter((e) => e.node.type === type).map((e) => e.node.id);
  await Promise.all(
    (['person', 'summit', 'meeting', 'statement'] as const).map((type) => loadAll(store, type, ids(type))),
  );
  return hits.edges.length;
}

describe('SQL statements per page do not grow with the records shown', () => {
  let opened: OpenedStore;
  let statements = 0;
  beforeAll(async () => {
    opened = await pgliteStore(syntheticDataset(60), () => {
      statements++;
    });
  });
  afterAll(() => opened?.dispose());

  const count = async (page: (store: Store, n: number) => Promise<number>, n: number) => {
    statements = 0;
    const shown = await page(opened.store, n);
    return { shown, statements };
  };

  for (const [name, page] of [
    ['statements page with speakers', statementsPage],
    ['summit page', summitPage],
    ['search', searchPage],
  ] as const) {
    it(`${name}: as many for 50 records as for 5`, async () => {
      const five = await count(page, 5);
      const fifty = await count(page, 50);
      expect(fifty.shown).toBeGreaterThanOrEqual(50);
      expect(five.shown).toBeLessThan(fifty.shown);
      expect(fifty.statements).toBe(five.statements);
      console.info(
        `${name}: ${five.statements} SQL statements for ${five.shown} records and for ${fifty.shown}`,
      );
    });
  }
});

describe('totalCount costs one SQL statement, only when asked', () => {
  let opened: OpenedStore;
  let statements = 0;
  beforeAll(async () => {
    opened = await pgliteStore(syntheticDataset(60), () => {
      statements++;
    });
  });
  afterAll(() => opened?.dispose());

  const pages: [string, (store: Store) => Promise<Page<unknown>>][] = [
    ['statements page', (s) => s.listStatements({ filter: { summitIds: [SUMMIT] }, first: 50 })],
    ['meetings page', (s) => s.listMeetings({ first: 5 })],
    ['timeline', (s) => s.timeline({ from: '2019-01-01', to: '2019-01-31', first: 50 })],
  ];
  for (const [name, open] of pages) {
    it(`${name}: the page alone, then exactly one more statement for totalCount, none for asking again`, async () => {
      statements = 0;
      const page = await open(opened.store);
      const forPage = statements;
      expect(page.edges.length).toBeGreaterThan(0);
      const total = await page.totalCount();
      expect(total).toBeGreaterThanOrEqual(page.edges.length);
      expect(statements).toBe(forPage + 1);
      expect(await page.totalCount()).toBe(total);
      expect(statements).toBe(forPage + 1);
    });
  }

  it('search counts its hits in its one statement (all must be ranked anyway): totalCount adds none', async () => {
    statements = 0;
    const hits = await opened.store.search({ query: 'synthetic denuclearization', first: 5 });
    expect(statements).toBe(1);
    expect(await hits.totalCount()).toBeGreaterThan(hits.edges.length);
    expect(statements).toBe(1);
  });

  it('the statements page with speakers costs one statement fewer without totalCount than with it', async () => {
    statements = 0;
    await statementsPage(opened.store, 50);
    const without = statements;
    statements = 0;
    const page = await opened.store.listStatements({ filter: { summitIds: [SUMMIT] }, first: 50 });
    await Promise.all([
      page.totalCount(),
      loadAll(
        opened.store,
        'person',
        page.edges.map((e) => e.node.speakerId),
      ),
    ]);
    expect(statements).toBe(without + 1);
    console.info(`statements page with speakers: ${without} SQL statements, ${statements} with totalCount`);
  });
});
