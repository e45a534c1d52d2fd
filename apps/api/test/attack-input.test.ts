import { describe, expect, test } from 'vitest';
import { limits } from '../src/limits.ts';
import { pgliteStore } from './store.ts';
import { parley, post } from './yoga.ts';

// The attacks of the hardening review, replayed against the production configuration on PGlite.
const yoga = parley('production', await pgliteStore());
const summitId = Buffer.from('Summit:summit:second-us-north-korea-2019').toString('base64url');
const ids = (n: number) => Array.from({ length: n }, () => summitId);

/** The one error of a refused request: a client error naming the argument, and no data. */
async function refused(query: string, variables?: Record<string, unknown>) {
  const { status, body } = await post(yoga, query, variables);
  expect(status).toBeLessThan(500);
  expect(body.data ?? null).toBeNull();
  expect(body.errors).toHaveLength(1);
  return body.errors?.[0] as { message: string; extensions: { code: string; argument?: string } };
}

describe('nodes(ids:) is capped and its cost counts every id', () => {
  const nodes = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';

  test(`${limits.maxListItems} ids pass, ${limits.maxListItems + 1} are refused, literal or variable`, async () => {
    const ok = await post(yoga, nodes, { ids: ids(limits.maxListItems) });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.nodes).toHaveLength(limits.maxListItems);
    const variable = await refused(nodes, { ids: ids(1_000) });
    expect(variable).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'ids' } });
    expect(variable.message).toBe('Query.nodes(ids) has 1000 items; at most 100 are accepted');
    const literal = await refused(`{ nodes(ids: ${JSON.stringify(ids(limits.maxListItems + 1))}) { id } }`);
    expect(literal.extensions.code).toBe('BAD_USER_INPUT');
  });

  test('the cache-filling query (aliased copies of nested lists) is refused by its cost', async () => {
    const lists = 'statements(first: 20) { nodes { quote } } meetings(first: 20) { nodes { title } }';
    const copies = Array.from(
      { length: 6 },
      (_, i) => `c${i}: nodes(ids: $ids) { ... on Summit { ${lists} } }`,
    );
    const error = await refused(`query($ids: [ID!]!) { ${copies.join(' ')} }`, { ids: ids(100) });
    expect(error.extensions.code).toBe('COST_LIMIT_EXCEEDED');
    // The same selection on one id costs 1/100 of it and runs.
    const one = await post(yoga, `query($ids: [ID!]!) { ${copies.join(' ')} }`, { ids: ids(1) });
    expect(one.body.errors).toBeUndefined();
  });
});

describe('client input that the store cannot take is the client’s error, named, before the store runs', () => {
  const cases: [string, string, Record<string, unknown>, string][] = [
    [
      'a NUL in a search',
      'query($q: String!) { search(query: $q) { totalCount } }',
      { q: 'kim\u0000' },
      'query',
    ],
    [
      'a NUL in a text filter',
      'query($t: String) { statements(filterBy: { text: $t }) { totalCount } }',
      { t: 'a\u0000b' },
      'filterBy.text',
    ],
    ['a NUL in a slug', 'query($s: String!) { summit(slug: $s) { title } }', { s: 'x\u0000' }, 'slug'],
    [
      'a NUL in a cursor',
      'query($c: String) { statements(after: $c) { totalCount } }',
      { c: '\u0000' },
      'after',
    ],
    [
      'a lone surrogate',
      'query($q: String!) { search(query: $q) { totalCount } }',
      { q: 'a\ud800b' },
      'query',
    ],
    [
      'a 60 KB text filter',
      'query($t: String) { statements(filterBy: { text: $t }) { totalCount } }',
      { t: 'summit '.repeat(8_600) },
      'filterBy.text',
    ],
  ];
  for (const [name, query, variables, argument] of cases) {
    test(name, async () => {
      expect(await refused(query, variables)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', argument },
      });
    });
  }

  test('a NUL in a literal argument', async () => {
    const error = await refused('{ summit(slug: "x\\u0000y") { title } }');
    expect(error.message).toMatch(/Query\.summit\(slug\) contains a NUL character/);
  });

  test('year 0000, which PostgreSQL has no day of', async () => {
    const error = await refused('{ timeline(from: "0000-01-01") { totalCount } }');
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/"0000-01-01" is not a date/);
  });

  test('a deeply nested variable is a 400 naming it, not a stack overflow', async () => {
    const query = 'query($s: [SummitStatus!]) { summits(filterBy: { statuses: $s }) { totalCount } }';
    // Sent as text: JSON.stringify itself cannot write 30,000 levels.
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query":${JSON.stringify(query)},"variables":{"s":${'['.repeat(30_000)}"HELD"${']'.repeat(30_000)}}}`,
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/^\$s\[0\].* nests deeper than 8 levels$/);
  });

  test('the limits leave the site’s inputs alone', async () => {
    const { body } = await post(
      yoga,
      'query($t: String, $s: [SummitStatus!]) { statements(filterBy: { text: $t }) { totalCount } summits(filterBy: { statuses: $s }) { totalCount } }',
      { t: 'summit Hanoi Vietnam', s: ['ANNOUNCED', 'SCHEDULED'] },
    );
    expect(body.errors).toBeUndefined();
  });

  test('a write may carry a whole article: its text passes the input limits and reaches the role check', async () => {
    const article = 'The summit will take place near the end of February. '.repeat(100);
    expect(article.length).toBeGreaterThan(limits.maxTextLength);
    const { body } = await post(
      yoga,
      'mutation($input: ProposeFromArticleInput!) { proposeFromArticle(input: $input) { userErrors { message } } }',
      { input: { text: article, publishedAt: '2019-01-18', outlet: 'CBS News' } },
    );
    expect(body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
