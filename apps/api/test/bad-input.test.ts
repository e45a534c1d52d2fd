import { describe, expect, test } from 'vitest';
import { createParleyYoga } from '../src/yoga.ts';
import { pgliteStore } from './store.ts';
import { parley, post } from './yoga.ts';

const store = await pgliteStore();
const yoga = parley('production', store);

const cases: [string, string, RegExp][] = [
  [
    'unknown id',
    `{ node(id: "${Buffer.from('Summit:summit:atlantis').toString('base64url')}") { id } }`,
    /no Summit has the id/,
  ],
  ['malformed id', '{ node(id: "42") { id } }', /"42" is not a Parley id/],
  [
    'malformed cursor',
    '{ statements(after: "not-a-cursor") { totalCount } }',
    /"after" is not a cursor this list gave out/,
  ],
  [
    'first: 1000',
    '{ statements(first: 1000) { totalCount } }',
    /"first" is 1000; a page holds at most 100 records/,
  ],
  [
    'bad date in a filter',
    '{ statements(filterBy: { from: "18/01/2019" }) { totalCount } }',
    /"18\/01\/2019" is not a date/,
  ],
  ['empty search', '{ search(query: "") { totalCount } }', /"query" must contain at least one word/],
];

describe('bad input answers a GraphQL error that says what is wrong, never a 500 (production)', () => {
  for (const [name, query, message] of cases) {
    test(name, async () => {
      const { status, body } = await post(yoga, query);
      expect(status).toBeLessThan(500);
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0].message).toMatch(message);
    });
  }

  test("the Store's refusal keeps its code and argument, and is no failure in the error log", async () => {
    const lines: string[] = [];
    const logged = createParleyYoga({
      store,
      config: { nodeEnv: 'production', corsOrigins: [], logLevel: 'info', responseCache: false },
      writeErrorLine: (line) => lines.push(line),
    });
    const { body } = await post(logged, '{ statements(after: "not-a-cursor") { totalCount } }');
    expect(body.errors).toEqual([
      {
        message: '"after" is not a cursor this list gave out',
        path: ['statements'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
      },
    ]);
    expect(lines).toEqual([]);
  });

  test('malformed JSON and a missing query are 400s with a message', async () => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].message).toMatch(/JSON/);
    const empty = await post(yoga, '');
    expect(empty.status).toBe(400);
  });
});
