import { createMemoryStore, type RecordOf, type Store, type StoreChange } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { liveCommitOf } from '@parley/schema';
import { describe, expect, test } from 'vitest';
import { createLiveHub } from '../src/live/live-hub.ts';
import { createParleyYoga } from '../src/yoga.ts';
import { changeable, counting, listening, serve } from './cache-stores.ts';
import { personPage, statementsPage, summitPage } from './site-pages.ts';
import { post } from './yoga.ts';

const [summit, otherSummit] = seedDataset.summits as [RecordOf<'summit'>, RecordOf<'summit'>];
const person = seedDataset.people[0] as RecordOf<'person'>;
const statement = seedDataset.statements[0] as RecordOf<'statement'>;
const editor = 'account:cache-editor';

/** A person's own page without the lists of other types that the site's shows. */
const personOwnPage = `query PersonOwn($slug: String!) {
  person(slug: $slug) { name aliases roles { title } statements(first: 20) { totalCount nodes { slug quote } } }
}`;
const summitsList = '{ summits(first: 10) { nodes { slug title } } }';

/** A server over the seed in memory, counting the store's calls: a response from the cache costs none. */
async function served() {
  const memory = createMemoryStore(seedDataset);
  const { store, counter } = counting(memory);
  const yoga = serve(store);
  await listening();
  const ask = async (query: string, variables?: Record<string, unknown>) => {
    const { body } = await post(yoga, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  /** The store calls a request costs: 0 when it is answered from the cache. */
  const callsOf = async (query: string, variables?: Record<string, unknown>) => {
    const before = counter.calls;
    await ask(query, variables);
    return counter.calls - before;
  };
  return { memory, ask, callsOf };
}

describe('the response cache drops what a change touches, and only that', () => {
  test("an edit of one summit drops that summit's page but keeps an unrelated cached person page", async () => {
    const { memory, ask, callsOf } = await served();
    const pages: [string, Record<string, unknown>][] = [
      [summitPage, { slug: summit.slug, first: 50 }],
      [summitPage, { slug: otherSummit.slug, first: 50 }],
      [personOwnPage, { slug: person.slug }],
      [personPage, { slug: person.slug, first: 50 }],
    ];
    for (const [query, variables] of pages) expect(await callsOf(query, variables)).toBeGreaterThan(0);
    for (const [query, variables] of pages) expect(await callsOf(query, variables)).toBe(0);

    await memory.commit({
      actor: editor,
      reason: 'retitled',
      puts: [
        { record: { type: 'summit', record: { ...summit, title: 'Retitled summit' } }, expectedRevision: 1 },
      ],
    });
    expect((await ask(summitPage, { slug: summit.slug, first: 50 })).summit.title).toBe('Retitled summit');
    expect(await callsOf(summitPage, { slug: otherSummit.slug, first: 50 })).toBe(0);
    expect(await callsOf(personOwnPage, { slug: person.slug })).toBe(0);
    // The site's person page lists the person's summits, and a list can change with any write of its type.
    expect(await callsOf(personPage, { slug: person.slug, first: 50 })).toBeGreaterThan(0);
  });

  test('a new statement drops the statement lists, and keeps the summit list', async () => {
    const { memory, ask, callsOf } = await served();
    const before = (await ask(statementsPage, { first: 20 })).statements.totalCount;
    await ask(summitsList);
    const added = { ...statement, id: 'statement:cache-added', slug: 'cache-added', relations: [] };
    await memory.commit({
      actor: editor,
      reason: null,
      puts: [{ record: { type: 'statement', record: added }, expectedRevision: 0 }],
    });
    expect((await ask(statementsPage, { first: 20 })).statements.totalCount).toBe(before + 1);
    expect(await callsOf(summitsList)).toBe(0);
  });

  test('a page asked for a slug nobody holds shows the record once a write gives it that slug', async () => {
    const { memory, ask } = await served();
    const newcomer = { ...person, id: 'person:cache-newcomer', slug: 'cache-newcomer', name: 'Newcomer' };
    expect((await ask(personOwnPage, { slug: newcomer.slug })).person).toBeNull();
    await memory.commit({
      actor: editor,
      reason: null,
      puts: [{ record: { type: 'person', record: newcomer }, expectedRevision: 0 }],
    });
    expect((await ask(personOwnPage, { slug: newcomer.slug })).person.name).toBe('Newcomer');
  });
});

describe('a commit heard from another process (through the live hub) drops what it touched, and only that', () => {
  test('an edit of a statement’s words keeps the cached lists and pages that did not load that statement', async () => {
    // The store hears nothing of the edit: like another process's commit, it reaches this one only as a live commit.
    const memory = createMemoryStore(seedDataset);
    const { store, counter } = counting({ ...memory, onChange: async () => async () => {} });
    const live = createLiveHub({ redis: null, maxPerAddress: 50, log: () => {} });
    const yoga = createParleyYoga({
      store,
      live,
      config: { nodeEnv: 'production', corsOrigins: [], logLevel: 'silent', responseCache: true },
    });
    await listening();
    const callsOf = async (query: string, variables?: Record<string, unknown>) => {
      const before = counter.calls;
      expect((await post(yoga, query, variables)).body.errors).toBeUndefined();
      return counter.calls - before;
    };
    const unrelated = seedDataset.statements.find((s) => s.id !== statement.id) as RecordOf<'statement'>;
    const statementQuery = '{ statement(slug: "SLUG") { paraphrase } }';
    const oldStatements = '{ statements(first: 5, filterBy: { to: "1900-01-01" }) { totalCount } }';
    const pages: [string, Record<string, unknown> | undefined][] = [
      [statementQuery.replace('SLUG', statement.slug), undefined],
      [statementQuery.replace('SLUG', unrelated.slug), undefined],
      [summitsList, undefined],
      // A statement list without the edited one: its words changed, not its place in any list.
      [oldStatements, undefined],
    ];
    for (const [query, variables] of pages) await callsOf(query, variables);
    for (const [query, variables] of pages) expect(await callsOf(query, variables)).toBe(0);
    const revisions = await memory.commit({
      actor: editor,
      reason: 'reworded',
      puts: [
        {
          record: { type: 'statement', record: { ...statement, paraphrase: 'Reworded.' } },
          expectedRevision: 1,
        },
      ],
    });
    live.publish(liveCommitOf(revisions));
    expect(await callsOf(statementQuery.replace('SLUG', statement.slug))).toBeGreaterThan(0);
    expect(await callsOf(statementQuery.replace('SLUG', unrelated.slug))).toBe(0);
    expect(await callsOf(summitsList)).toBe(0);
    expect(await callsOf(oldStatements)).toBe(0);
    live.close();
  });
});

describe('a response computed while a change lands', () => {
  /** A server whose first person lookup waits for the test, which announces a change meanwhile. */
  async function slowPeople() {
    const memory = createMemoryStore(seedDataset);
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: Store = {
      ...memory,
      loadBySlug: async (type, slugs) => {
        await gate;
        return memory.loadBySlug(type, slugs);
      },
    };
    const data = changeable(slow);
    const { store, counter } = counting(data.store);
    const yoga = serve(store);
    await listening();
    const query = `{ person(slug: "${person.slug}") { name } }`;
    /** Asks for the person while `change` is announced; resolves with the store calls asking again costs. */
    return async (change: StoreChange) => {
      const inFlight = post(yoga, query);
      await expect.poll(() => counter.calls).toBeGreaterThan(0);
      data.notify(change);
      release();
      expect((await inFlight).body.data.person.name).toBe(person.name);
      const before = counter.calls;
      await post(yoga, query);
      return counter.calls - before;
    };
  }

  test('is kept when the change touched nothing it read', async () => {
    const askDuring = await slowPeople();
    const elsewhere: StoreChange = {
      everything: false,
      ids: [summit.id],
      types: ['summit'],
      texts: ['summit'],
      created: false,
    };
    expect(await askDuring(elsewhere)).toBe(0);
  });

  test('is not kept when the change touched a record it read', async () => {
    const askDuring = await slowPeople();
    const itsPerson: StoreChange = {
      everything: false,
      ids: [person.id],
      types: [],
      texts: ['person'],
      created: false,
    };
    expect(await askDuring(itsPerson)).toBeGreaterThan(0);
  });
});
