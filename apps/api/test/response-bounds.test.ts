import { setTimeout as sleep } from 'node:timers/promises';
import { createMemoryStore, type Store } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, test } from 'vitest';
import { createResponseCache } from '../src/plugins/response-cache.ts';
import { useResponseLimit } from '../src/plugins/response-limit.ts';
import { createParleyYoga } from '../src/yoga.ts';
import { post } from './yoga.ts';

const result = (bytes: number) => ({ data: { text: 'x'.repeat(bytes - 20) } });

describe('the response cache is bounded by bytes, not only by entries', () => {
  const limits = { maxEntries: 1_000, maxBytes: 10_000, maxEntryBytes: 2_000 };

  test('many distinct responses never hold more than maxBytes', async () => {
    const { cache, begin, bytes } = createResponseCache(limits);
    for (let i = 0; i < 200; i++)
      await cache.set((await begin(`{ q${i} }`, null, null)).key, result(1_500), [], 60_000);
    expect(bytes()).toBeGreaterThan(0);
    expect(bytes()).toBeLessThanOrEqual(limits.maxBytes);
  });

  test('a response over maxEntryBytes is served but not kept', async () => {
    const { cache, begin, bytes } = createResponseCache(limits);
    const { key: big } = await begin('{ big }', null, null);
    await cache.set(big, result(5_000), [], 60_000);
    expect(await cache.get(big)).toBeFalsy();
    expect(bytes()).toBe(0);
  });

  test('expired entries are purged without being asked for', async () => {
    const { cache, begin, bytes } = createResponseCache(limits, 50);
    await cache.set((await begin('{ a }', null, null)).key, result(1_000), [], 50);
    expect(bytes()).toBeGreaterThan(0);
    await sleep(200);
    expect(bytes()).toBe(0);
  });
});

test('a response over the size limit is replaced by an error that says why', async () => {
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { text(length: Int!): String! }',
      resolvers: { Query: { text: (_: unknown, { length }: { length: number }) => 'é'.repeat(length) } },
    }),
    plugins: [useResponseLimit(1_000)],
  });
  const ask = async (length: number) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ text(length: ${length}) }` }),
    });
    return (await response.json()) as {
      data?: { text: string };
      errors?: { extensions: { code: string } }[];
    };
  };
  expect((await ask(400)).data?.text).toHaveLength(400);
  // 600 characters of two UTF-8 bytes each: within 1,000 characters, over 1,000 bytes.
  expect(await ask(600)).toEqual({
    errors: [expect.objectContaining({ extensions: { code: 'RESPONSE_TOO_LARGE' } })],
  });
});

test('production logs a failed query as one line: path, class and code, never the SQL or its parameters', async () => {
  const sqlError = Object.assign(
    new Error('Failed query: select * from summits where slug = $1\nparams: reader-secret'),
    {
      name: 'DrizzleQueryError',
      query: 'select * from summits where slug = $1',
      params: ['reader-secret'],
      cause: Object.assign(new Error('invalid byte sequence for encoding "UTF8": reader-secret'), {
        code: '22021',
      }),
    },
  );
  const failing: Store = { ...createMemoryStore(seedDataset), listSummits: () => Promise.reject(sqlError) };
  const lines: string[] = [];
  const yoga = createParleyYoga({
    store: failing,
    config: { nodeEnv: 'production', corsOrigins: [], logLevel: 'info', responseCache: false },
    writeErrorLine: (line) => lines.push(line),
  });
  const { body } = await post(yoga, '{ summits { totalCount } }');
  expect(body.errors?.[0].message).toBe('Unexpected error.');
  expect(lines).toHaveLength(1);
  expect(JSON.parse(lines[0] ?? '')).toEqual({
    level: 'error',
    path: 'summits',
    error: 'DrizzleQueryError',
    code: '22021',
  });
  expect(lines.join('\n')).not.toMatch(/reader-secret|select/);
});
