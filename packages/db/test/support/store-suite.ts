import {
  compareFuzzyDates,
  createMemoryStore,
  type Dataset,
  type Page,
  type PageArgs,
  type Store,
  StoreInputError,
} from '@parley/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedStore } from './databases.ts';
import { syntheticDataset } from './synthetic.ts';

type Lister<T> = (page: PageArgs) => Promise<Page<T>>;

/** Walks a list forward page by page, checking pageInfo on the way, and returns every node. */
async function walkForward<T>(list: Lister<T>, size: number): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page: Page<T> = await list({ first: size, after });
    nodes.push(...page.edges.map((e) => e.node));
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
  throw new Error('the list never ended');
}

/** Walks a list backward from its end with last/before and returns every node in list order. */
async function walkBackward<T>(list: Lister<T>, size: number): Promise<T[]> {
  const nodes: T[] = [];
  let before: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page: Page<T> = await list({ last: size, before });
    nodes.unshift(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasPreviousPage) return nodes;
    before = page.pageInfo.startCursor;
  }
  throw new Error('the list never began');
}

const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);

/** A page with its lazy totalCount asked for, so two stores' pages compare as plain data. */
async function counted<T>(page: Promise<Page<T>> | Page<T>) {
  const p = await page;
  return { ...p, totalCount: await p.totalCount() };
}

/** How many synthetic records the suite adds to the seed: enough for several pages and many date ties. */
export const SUITE_SIZE = 60;

/**
 * The Store contract, run against any Store: the memory store (the reference) and the SQL store on each driver.
 * A SQL store is also compared page by page, cursor by cursor, with the memory store over the same data.
 */
export function describeStore(name: string, open: (dataset: Dataset) => Promise<OpenedStore>) {
  describe(`Store contract: ${name}`, () => {
    const dataset = syntheticDataset(SUITE_SIZE);
    const reference = createMemoryStore(dataset);
    let opened: OpenedStore;
    let store: Store;
    beforeAll(async () => {
      opened = await open(dataset);
      store = opened.store;
    });
    afterAll(() => opened?.dispose());

    it('loads records by id and slug in the order asked, null for unknown ones', async () => {
      const statement = dataset.statements[3];
      const person = dataset.people[0];
      expect(
        await store.load('statement', [statement?.id ?? '', 'statement:nope', statement?.id ?? '']),
      ).toEqual([statement, null, statement]);
      expect(await store.loadBySlug('person', ['nobody', person?.slug ?? ''])).toEqual([null, person]);
      for (const [type, key] of [
        ['summit', 'summits'],
        ['meeting', 'meetings'],
        ['place', 'places'],
        ['organization', 'organizations'],
        ['source', 'sources'],
      ] as const) {
        const records = dataset[key];
        expect(
          await store.load(
            type,
            records.map((r) => r.id),
          ),
        ).toEqual(records);
      }
    });

    it('counts records by type', async () => {
      expect(await store.stats()).toEqual({
        source: dataset.sources.length,
        topic: dataset.topics.length,
        place: dataset.places.length,
        organization: dataset.organizations.length,
        person: dataset.people.length,
        summit: dataset.summits.length,
        meeting: dataset.meetings.length,
        statement: dataset.statements.length,
      });
    });

    it('pages statements by date then id, forward and backward, without gaps or repeats', async () => {
      const list: Lister<{ id: string; date: { earliest: string; latest: string } }> = (p) =>
        store.listStatements(p);
      const forward = await walkForward(list, 7);
      const sorted = [...dataset.statements].sort(
        (a, b) => compareFuzzyDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
      expect(ids(forward)).toEqual(ids(sorted));
      expect(ids(await walkBackward(list, 9))).toEqual(ids(sorted));
      const desc = await walkForward(
        (p) => store.listStatements({ ...p, orderBy: { field: 'DATE', direction: 'DESC' } }),
        11,
      );
      expect(ids(desc)).toEqual(ids(sorted).reverse());
      expect(await (await store.listStatements({ first: 1 })).totalCount()).toBe(dataset.statements.length);
    });

    it('filters statements by speaker, topic, kind, summit, window and text', async () => {
      const speaker = await store.listStatements({
        filter: { speakerIds: ['person:sarah-sanders'] },
        first: 100,
      });
      expect(await speaker.totalCount()).toBeGreaterThan(0);
      expect(speaker.edges.every((e) => e.node.speakerId === 'person:sarah-sanders')).toBe(true);
      const tweets = await store.listStatements({
        filter: { kinds: ['TWEET'], topicIds: ['topic:denuclearization'] },
      });
      expect(
        tweets.edges.every(
          (e) => e.node.kind === 'TWEET' && e.node.topicIds.includes('topic:denuclearization'),
        ),
      ).toBe(true);
      const window = await store.listStatements({
        filter: { from: '2019-02-05', to: '2019-02-06' },
        first: 100,
      });
      expect(await window.totalCount()).toBeGreaterThan(0);
      expect(
        window.edges.every((e) => e.node.date.latest >= '2019-02-05' && e.node.date.earliest <= '2019-02-06'),
      ).toBe(true);
      const text = await store.listStatements({ filter: { text: 'extraordinary threat' } });
      expect(ids(text.edges.map((e) => e.node))).toContain('statement:missile-defense-review-2019');
      expect(await text.totalCount()).toBeLessThan(dataset.statements.length);
    });

    it('orders summits by date, ordinal and title, an unknown value last', async () => {
      for (const field of ['DATE', 'ORDINAL', 'TITLE'] as const) {
        for (const direction of ['ASC', 'DESC'] as const) {
          const page = await store.listSummits({ orderBy: { field, direction } });
          expect(await counted(page)).toEqual(
            await counted(reference.listSummits({ orderBy: { field, direction } })),
          );
        }
      }
      const held = await store.listSummits({ filter: { statuses: ['HELD'] } });
      expect(ids(held.edges.map((e) => e.node))).toEqual(['summit:singapore-2018']);
    });

    it('finds people by part of a name or alias, ordered by name', async () => {
      const kims = await store.listPeople({ filter: { name: 'chairman kim' } });
      expect(ids(kims.edges.map((e) => e.node))).toEqual(['person:kim-jong-un']);
      const all = await walkForward((p) => store.listPeople(p), 8);
      const names = all.map((p) => p.name.toLowerCase());
      expect(names).toEqual([...names].sort());
      expect(all).toHaveLength(dataset.people.length);
    });

    it('lists topics by name', async () => {
      expect((await store.listTopics()).map((t) => t.name)).toEqual(
        dataset.topics.map((t) => t.name).sort((a, b) => a.localeCompare(b)),
      );
    });

    it('loads relations from both ends', async () => {
      const [outgoing, incoming, none] = await store.loadRelations([
        'statement:missile-defense-review-2019',
        'statement:trump-tweet-no-longer-a-threat',
        'statement:nope',
      ]);
      expect(outgoing).toContainEqual(
        expect.objectContaining({
          type: 'CONTRADICTS',
          direction: 'OUTGOING',
          targetId: 'statement:trump-tweet-no-longer-a-threat',
        }),
      );
      expect(incoming).toContainEqual(
        expect.objectContaining({ direction: 'INCOMING', sourceId: 'statement:missile-defense-review-2019' }),
      );
      expect([...(outgoing ?? []), ...(incoming ?? [])].every((e) => e.sourceId && e.targetId)).toBe(true);
      expect(none).toEqual([]);
    });

    it('finds a misspelled name ("Pompeio") and ranks text matches best first', async () => {
      const pompeio = await store.search({ query: 'Pompeio' });
      expect(pompeio.edges[0]?.node).toMatchObject({ type: 'person', id: 'person:mike-pompeo' });
      const hits = await store.search({ query: 'denuclearization summit', first: 100 });
      const ranks = hits.edges.map((e) => e.node.rank);
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      expect(hits.edges[0]?.node).toMatchObject({ id: 'statement:sanders-2019-01-18-statement' });
      expect(hits.edges[0]?.node.matches).toEqual(expect.arrayContaining(['denuclearization', 'summit']));
      const people = await store.search({ query: 'Kim Yong Chol', types: ['person'] });
      expect(people.edges[0]?.node.id).toBe('person:kim-yong-chol');
      expect(people.edges.every((e) => e.node.type === 'person')).toBe(true);
    });

    it('pages search results without repeats', async () => {
      const all = await walkForward((p) => store.search({ query: 'sanctions', ...p }), 6);
      const keys = all.map((h) => `${h.type} ${h.id}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(all.length).toBe(await (await store.search({ query: 'sanctions', first: 1 })).totalCount());
      expect(all.length).toBeGreaterThan(SUITE_SIZE);
    });

    it('puts summits, meetings and statements on one timeline', async () => {
      const entries = await walkForward((p) => store.timeline({ from: '2018-01-01', ...p }), 25);
      const keys = entries.map((e) => [e.earliest, e.latest, e.type, e.id].join(' '));
      expect(keys).toEqual([...keys].sort());
      expect(new Set(entries.map((e) => e.type))).toEqual(new Set(['summit', 'meeting', 'statement']));
      const january = await store.timeline({ from: '2019-01-18', to: '2019-01-18', types: ['meeting'] });
      expect(january.edges.every((e) => e.node.type === 'meeting' && e.node.earliest <= '2019-01-18')).toBe(
        true,
      );
      expect(await january.totalCount()).toBeGreaterThan(0);
    });

    it('refuses pages over 100, bad cursors, malformed and inverted windows, empty queries', async () => {
      const refusals = [
        () => store.listStatements({ first: 101 }),
        () => store.listStatements({ after: 'not-a-cursor' }),
        () => store.listMeetings({ filter: { from: '18 January 2019' } }),
        () => store.timeline({ from: '2019-02-01', to: '2019-01-01' }),
        () => store.search({ query: '   ' }),
      ];
      for (const refusal of refusals) await expect(refusal()).rejects.toBeInstanceOf(StoreInputError);
    });

    it('answers exactly as the memory store: pages, cursors, counts and page info', async () => {
      const statementArgs = [
        {},
        { first: 13 },
        { last: 5 },
        { orderBy: { field: 'SLUG', direction: 'DESC' } },
        { filter: { topicIds: ['topic:denuclearization'], kinds: ['REMARKS', 'STATEMENT'] }, first: 50 },
        { filter: { summitIds: ['summit:singapore-2018'] } },
        { filter: { from: '2019-02-03', meetingIds: ['meeting:synthetic-meeting-00004'] } },
        { filter: { organizationIds: ['organization:pentagon'] } },
      ] as const;
      for (const args of statementArgs) {
        const page = await counted(reference.listStatements(args as never));
        expect(await counted(store.listStatements(args as never))).toEqual(page);
        if (page.pageInfo.endCursor) {
          const next = { ...args, after: page.pageInfo.endCursor };
          expect(await counted(store.listStatements(next as never))).toEqual(
            await counted(reference.listStatements(next as never)),
          );
        }
      }
      const meetingArgs = [
        { first: 30 },
        { orderBy: { field: 'TITLE', direction: 'ASC' }, first: 40 },
        { filter: { participantIds: ['person:mike-pompeo'], topicIds: ['topic:sanctions'] }, last: 7 },
        { filter: { to: '2019-01-31' } },
      ] as const;
      for (const args of meetingArgs) {
        expect(await counted(store.listMeetings(args as never))).toEqual(
          await counted(reference.listMeetings(args as never)),
        );
      }
      for (const args of [
        { first: 50 },
        { filter: { organizationIds: ['organization:state-department'] } },
      ]) {
        expect(await counted(store.listPeople(args))).toEqual(await counted(reference.listPeople(args)));
      }
      for (const args of [
        {},
        { types: ['summit' as const] },
        { from: '2019-02-02', to: '2019-02-04', last: 10 },
      ]) {
        expect(await counted(store.timeline(args))).toEqual(await counted(reference.timeline(args)));
      }
    });

    it('finds the same records as the memory store for each search', async () => {
      for (const query of [
        'denuclearization',
        'Pompeio',
        'Kim Yong Chol',
        'extraordinary threat',
        'Singapore',
      ]) {
        // The same hits and the same count.
        const found = async (s: Store) => {
          const page = await s.search({ query, first: 100 });
          return {
            hits: page.edges.map((e) => `${e.node.type} ${e.node.id}`).sort(),
            total: await page.totalCount(),
          };
        };
        expect(await found(store), query).toEqual(await found(reference));
      }
    });
  });
}
