import {
  createMemoryStore,
  everythingChanged,
  type RecordOf,
  type Store,
  type StoreChange,
} from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, test } from 'vitest';
import { createParleyResponseCache } from '../src/plugins/response-cache.ts';
import { changeable, counting, listening, serve } from './cache-stores.ts';
import { post } from './yoga.ts';

const statementsPage = `query Page($first: Int!) {
  statements(first: $first) { totalCount nodes { slug speaker { name } } }
}`;

describe('response cache', () => {
  test('a repeated query is answered from the cache without asking the store', async () => {
    const { store, counter } = counting(createMemoryStore(seedDataset));
    const yoga = serve(store);
    await listening();
    const first = await post(yoga, statementsPage, { first: 3 });
    expect(first.body.errors).toBeUndefined();
    const calls = counter.calls;
    expect(calls).toBeGreaterThan(0);
    const second = await post(yoga, statementsPage, { first: 3 });
    expect(second.body).toEqual(first.body);
    expect(counter.calls).toBe(calls);
  });

  test('different variables and different operations never share an entry', async () => {
    const { store, counter } = counting(createMemoryStore(seedDataset));
    const yoga = serve(store);
    await listening();
    const three = await post(yoga, statementsPage, { first: 3 });
    const calls = counter.calls;
    const two = await post(yoga, statementsPage, { first: 2 });
    expect(counter.calls).toBeGreaterThan(calls);
    expect(two.body.data.statements.nodes).toHaveLength(2);
    expect(three.body.data.statements.nodes).toHaveLength(3);
    const both = 'query A { stats { summits } } query B { stats { people } }';
    const a = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: both, operationName: 'A' }),
    });
    const b = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: both, operationName: 'B' }),
    });
    expect(Object.keys((await a.json()).data.stats)).toEqual(['summits']);
    expect(Object.keys((await b.json()).data.stats)).toEqual(['people']);
  });

  test('a request carrying a cookie or an Authorization header is neither served from the cache nor stored', async () => {
    const { store, counter } = counting(createMemoryStore(seedDataset));
    const yoga = serve(store);
    await listening();
    const viewers: Record<string, string>[] = [{ cookie: 'session=abc' }, { authorization: 'Bearer abc' }];
    for (const [i, credentials] of viewers.entries()) {
      const [shared, own] = [{ first: 2 * i + 1 }, { first: 2 * i + 2 }];
      const anonymous = await post(yoga, statementsPage, shared);
      const cached = counter.calls;
      // The anonymous answer is cached, yet a viewer asking the same gets a fresh one from the store...
      const viewer = await post(yoga, statementsPage, shared, credentials);
      expect(viewer.body).toEqual(anonymous.body);
      expect(counter.calls).toBeGreaterThan(cached);
      // ...which is not kept: the viewer asking again reaches the store again...
      const before = counter.calls;
      await post(yoga, statementsPage, own, credentials);
      const perAnswer = counter.calls - before;
      await post(yoga, statementsPage, own, credentials);
      expect(counter.calls - before).toBe(2 * perAnswer);
      // ...and so does an anonymous reader after them, never served the viewer's answer.
      await post(yoga, statementsPage, own);
      expect(counter.calls - before).toBe(3 * perAnswer);
    }
  });

  test('a mutation is never answered from the cache nor kept, even without credentials', async () => {
    // Parley's mutations need credentials (which already bypass the cache): a schema of its own shows the rule.
    let bumps = 0;
    const yoga = createYoga({
      schema: createSchema({
        typeDefs: 'type Query { bumps: Int! } type Mutation { bump: Int! }',
        resolvers: { Query: { bumps: () => bumps }, Mutation: { bump: () => ++bumps } },
      }),
      plugins: [createParleyResponseCache(createMemoryStore(seedDataset), () => {}).plugin],
    });
    await listening();
    const send = async (query: string) =>
      (
        await (
          await yoga.fetch('http://localhost/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
          })
        ).json()
      ).data;
    // Queries are cached here: the second read does not see the counter move...
    expect(await send('{ bumps }')).toEqual({ bumps: 0 });
    bumps = 10;
    expect(await send('{ bumps }')).toEqual({ bumps: 0 });
    // ...but every mutation runs.
    expect(await send('mutation { bump }')).toEqual({ bump: 11 });
    expect(await send('mutation { bump }')).toEqual({ bump: 12 });
  });

  test('every request is forgotten once answered: stored, served from the cache, refused or failed', async () => {
    const responseCache = createParleyResponseCache(createMemoryStore(seedDataset), () => {});
    const yoga = createYoga({
      schema: createSchema({
        typeDefs: 'type Query { n: Int! boom: Int! } type Mutation { bump: Int! }',
        resolvers: {
          Query: { n: () => 1, boom: () => Promise.reject(new Error('boom')) },
          Mutation: { bump: () => 2 },
        },
      }),
      plugins: [responseCache.plugin],
      logging: false,
    });
    await listening();
    const send = (query: string, headers: Record<string, string> = {}) =>
      yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
    const stored = await send('{ n }');
    const etag = stored.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    for (const [query, headers] of [
      ['{ n }', {}],
      ['{ n }', { 'if-none-match': etag }],
      ['{ boom }', {}],
      ['{ nothing }', {}],
      ['mutation { bump }', {}],
      ['{ n }', { authorization: 'Bearer abc' }],
    ] as const)
      await send(query, headers);
    expect(responseCache.computing()).toBe(0);
  });

  test('a response with errors is never cached', async () => {
    const { store, counter } = counting(createMemoryStore(seedDataset));
    const yoga = serve(store);
    await listening();
    const tooMany = '{ statements(first: 1000) { totalCount } }';
    expect((await post(yoga, tooMany)).body.errors).toHaveLength(1);
    const calls = counter.calls;
    expect((await post(yoga, tooMany)).body.errors).toHaveLength(1);
    expect(counter.calls).toBeGreaterThan(calls);
  });

  test('a change of unknown extent ("everything") empties the cache: the next responses show the new data', async () => {
    const data = changeable(createMemoryStore(seedDataset));
    const { store, counter } = counting(data.store);
    const yoga = serve(store);
    await listening();
    const query = '{ stats { topics } }';
    const person = seedDataset.people[0];
    const personQuery = `{ person(slug: "${person?.slug}") { name } }`;
    const before = (await post(yoga, query)).body.data.stats.topics;
    expect((await post(yoga, personQuery)).body.data.person.name).toBe(person?.name);
    const renamed = seedDataset.people.map((p) => (p === person ? { ...p, name: 'Renamed' } : p));
    data.replace(createMemoryStore({ ...seedDataset, topics: seedDataset.topics.slice(1), people: renamed }));
    // Written but not yet announced: the cache still answers, which shows it is the cache answering.
    expect((await post(yoga, query)).body.data.stats.topics).toBe(before);
    expect((await post(yoga, personQuery)).body.data.person.name).toBe(person?.name);
    data.notify(everythingChanged);
    expect((await post(yoga, query)).body.data.stats.topics).toBe(before - 1);
    expect((await post(yoga, personQuery)).body.data.person.name).toBe('Renamed');
    // And it caches again from then on.
    const calls = counter.calls;
    expect((await post(yoga, query)).body.data.stats.topics).toBe(before - 1);
    expect(counter.calls).toBe(calls);
  });

  const removedTopic = seedDataset.topics[0] as RecordOf<'topic'>;
  test.each<[string, StoreChange]>([
    ['everything', everythingChanged],
    [
      'its records',
      { everything: false, ids: [removedTopic.id], types: ['topic'], texts: [], created: false },
    ],
  ])('a response computed before a change of %s is not stored after it', async (_, change) => {
    const old = createMemoryStore(seedDataset);
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The old data answers `stats` only once the change has landed and been announced.
    let asked = false;
    const slow: Store = {
      ...old,
      stats: async () => {
        asked = true;
        await gate;
        return old.stats();
      },
    };
    const data = changeable(slow);
    const yoga = serve(data.store);
    await listening();
    const query = '{ stats { topics } }';
    const ask = (headers: Record<string, string> = {}) =>
      yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
    const inFlight = ask();
    await expect.poll(() => asked).toBe(true);
    data.replace(createMemoryStore({ ...seedDataset, topics: seedDataset.topics.slice(1) }));
    data.notify(change);
    release();
    const stale = await inFlight;
    expect((await stale.json()).data.stats.topics).toBe(seedDataset.topics.length);
    expect((await post(yoga, query)).body.data.stats.topics).toBe(seedDataset.topics.length - 1);
    // A client holding the old answer is not told it is still current.
    const revalidated = await ask({ 'if-none-match': stale.headers.get('etag') ?? '' });
    expect(revalidated.status).toBe(200);
    expect((await revalidated.json()).data.stats.topics).toBe(seedDataset.topics.length - 1);
  });

  test('the server stops listening when disposed', async () => {
    const data = changeable(createMemoryStore(seedDataset));
    const yoga = serve(data.store);
    await listening();
    expect(data.listeners.size).toBe(1);
    await yoga.dispose();
    expect(data.listeners.size).toBe(0);
    expect(data.stopped).toEqual(['stopped']);
  });

  test('PARLEY_RESPONSE_CACHE=off: every request reaches the store, nothing listens', async () => {
    const data = changeable(createMemoryStore(seedDataset));
    const { store, counter } = counting(data.store);
    const yoga = serve(store, false);
    await listening();
    await post(yoga, statementsPage, { first: 3 });
    const calls = counter.calls;
    await post(yoga, statementsPage, { first: 3 });
    expect(counter.calls).toBe(2 * calls);
    expect(data.listeners.size).toBe(0);
  });
});
