import { createMemoryStore, type Store } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { describe, expect, test } from 'vitest';
import { limits } from '../src/limits.ts';
import { exampleQuery } from '../src/playground.ts';
import { createParleyYoga } from '../src/yoga.ts';
import { pgliteStore } from './store.ts';
import { parley, post } from './yoga.ts';

const yoga = parley('production', await pgliteStore());
const messages = (body: { errors?: { message: string }[] }) => (body.errors ?? []).map((e) => e.message);

/** `levels` levels of place → within → within …, the deepest selection a single type chain allows. */
const nested = (levels: number) =>
  `{ summit(slug: "singapore-2018") { location { ${'within { '.repeat(levels - 3)}name${' }'.repeat(levels - 3)} } } }`;

// A summit page as the site asks for it: 8 levels from `summit` down to a citation's source.
const summitPage = `query Summit($slug: String!) {
  summit(slug: $slug) {
    title date { label }
    meetings(first: 20) { nodes { title participants { person { name } role } } }
    statements(first: 50) {
      totalCount
      edges { cursor node {
        quote speaker { name roles { title organization { name } } }
        relations { type other { slug speaker { name } citations { excerpt source { title outlet } } } }
      } }
    }
  }
}`;

describe('graphql-armor limits', () => {
  test("the site's summit page and the playground's example pass", async () => {
    const page = await post(yoga, summitPage, { slug: 'second-us-north-korea-2019' });
    expect(page.body.errors).toBeUndefined();
    expect(page.body.data.summit.statements.totalCount).toBeGreaterThan(0);
    const example = await post(yoga, exampleQuery);
    expect(example.body.errors).toBeUndefined();
  });

  test(`depth: ${limits.maxDepth} levels pass, ${limits.maxDepth + 1} do not`, async () => {
    // Too-deep nesting resolves to null `within`s, which is fine: only the count matters.
    expect((await post(yoga, nested(limits.maxDepth))).body.errors).toBeUndefined();
    expect(messages((await post(yoga, nested(limits.maxDepth + 1))).body)).toEqual([
      `Syntax Error: Query depth limit of ${limits.maxDepth} exceeded, found ${limits.maxDepth + 1}.`,
    ]);
  });

  test('cost: a list of 100 inside a list of 100 is refused before it runs, literal or variable', async () => {
    const { body } = await post(
      yoga,
      '{ summits(first: 100) { nodes { statements(first: 100) { nodes { quote } } } } }',
    );
    expect(messages(body)[0]).toMatch(/Query cost limit of 30000 exceeded/);
    expect(body.data).toBeUndefined();
    const variables = await post(
      yoga,
      'query($n: Int) { summits(first: $n) { nodes { statements(first: $n) { nodes { quote } } } } }',
      { n: 100 },
    );
    expect(messages(variables.body)[0]).toMatch(/Query cost limit of 30000 exceeded/);
    expect(variables.body.errors?.[0].extensions.code).toBe('COST_LIMIT_EXCEEDED');
  });

  test(`aliases: ${limits.maxAliases} pass, ${limits.maxAliases + 1} do not`, async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: stats { summits }`).join(' ')} }`;
    expect((await post(yoga, aliases(limits.maxAliases))).body.errors).toBeUndefined();
    expect(messages((await post(yoga, aliases(limits.maxAliases + 1))).body)[0]).toMatch(/Aliases limit/);
  });

  test(`directives: ${limits.maxDirectives} pass, ${limits.maxDirectives + 1} do not`, async () => {
    const directives = (n: number) => `{ stats { ${'... @include(if: true) { summits } '.repeat(n)} } }`;
    expect((await post(yoga, directives(limits.maxDirectives))).body.errors).toBeUndefined();
    expect(messages((await post(yoga, directives(limits.maxDirectives + 1))).body)[0]).toMatch(
      /Directives limit/,
    );
  });

  test(`tokens: a document over ${limits.maxTokens} tokens is refused`, async () => {
    // About n tokens: a long list literal of one enum value (refused further on for its length, not here).
    const fields = (n: number) =>
      `{ summits(filterBy: { statuses: [${'HELD '.repeat(n)}] }) { totalCount } }`;
    expect(messages((await post(yoga, fields(limits.maxTokens - 50))).body)[0]).not.toMatch(/Token limit/);
    expect(messages((await post(yoga, fields(limits.maxTokens))).body)[0]).toMatch(/Token limit/);
  });

  test(`body size: over ${limits.maxBodyBytes} bytes answers 413, declared or streamed`, async () => {
    const big = JSON.stringify({ query: `{ stats { summits } } # ${'x'.repeat(limits.maxBodyBytes)}` });
    const declared = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expect(declared.status).toBe(413);
    const stream = new Blob([big]).stream();
    const streamed = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const small = await post(yoga, `{ stats { summits } } # ${'x'.repeat(limits.maxBodyBytes / 2)}`);
    expect(small.status).toBe(200);
  });
});

describe('production hides internals', () => {
  test('suggestions are hidden in production and given in development: fields, enum values, input fields', async () => {
    const typos: [string, RegExp][] = [
      ['{ sumits { totalCount } }', /Did you mean "summits"/],
      [
        '{ summits(filterBy: { statuses: [ANOUNCED] }) { totalCount } }',
        /Did you mean the enum value "ANNOUNCED"/,
      ],
      [
        '{ summits(orderBy: { field: DAT, direction: ASC }) { totalCount } }',
        /Did you mean the enum value "DATE"/,
      ],
      ['{ summits(filterBy: { status: [HELD] }) { totalCount } }', /Did you mean "statuses"/],
    ];
    for (const [typo, hint] of typos) {
      const production = messages((await post(yoga, typo)).body);
      expect(production.length).toBeGreaterThan(0);
      expect(production.join(' ')).not.toMatch(/Did you mean/);
      expect(messages((await post(parley('development'), typo)).body).join(' ')).toMatch(hint);
    }
    const variable = await post(yoga, 'query($o: SummitOrder) { summits(orderBy: $o) { totalCount } }', {
      o: { field: 'DAT', direction: 'ASC' },
    });
    expect(messages(variable.body).join(' ')).not.toMatch(/Did you mean/);
  });

  test('an internal error is masked in production: no message, no stack, no SQL', async () => {
    const failing: Store = {
      ...createMemoryStore(seedDataset),
      listSummits: () => Promise.reject(new Error('relation "summit" does not exist: SELECT * FROM summit')),
    };
    const production = await post(parley('production', failing), '{ summits { totalCount } }');
    expect(production.status).toBe(200);
    expect(JSON.stringify(production.body)).not.toMatch(/SELECT|relation|stack|at /);
    expect(messages(production.body)).toEqual(['Unexpected error.']);
    const development = await post(parley('development', failing), '{ summits { totalCount } }');
    expect(JSON.stringify(development.body)).toMatch(/SELECT \* FROM summit/);
  });
});

describe('CSRF prevention', () => {
  const get = (headers: Record<string, string>) =>
    yoga.fetch(`http://localhost/graphql?query=${encodeURIComponent('{ stats { summits } }')}`, { headers });

  test("the site's JSON POSTs and JSON GETs pass, and so does a GET with the CSRF header", async () => {
    expect((await post(yoga, '{ stats { summits } }')).status).toBe(200);
    expect((await get({ 'content-type': 'application/json' })).status).toBe(200);
    expect((await get({ 'x-parley-csrf': '1' })).status).toBe(200);
  });

  test('requests a browser sends cross-site without a preflight are refused', async () => {
    const bare = await get({});
    expect(bare.status).toBe(403);
    // The message names the fix, so `curl -d @q.json` (a form post) tells its user what to change.
    expect(await bare.text()).toMatch(/Content-Type: application\/json.*x-parley-csrf: 1/);
    const form = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ stats { summits } }' }),
    });
    expect(form.status).toBe(403);
    const curl = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: JSON.stringify({ query: '{ stats { summits } }' }),
    });
    expect(curl.status).toBe(403);
  });

  test('CORS never allows the null origin (sandboxed frames, file: pages), with one origin or several', async () => {
    const preflight = (server: ReturnType<typeof parley>, origin: string) =>
      server.fetch('http://localhost/graphql', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const several = createParleyYoga({
      store: createMemoryStore(seedDataset),
      config: {
        nodeEnv: 'production',
        corsOrigins: ['https://a.example', 'https://b.example'],
        logLevel: 'silent',
      },
    });
    for (const server of [yoga, several]) {
      expect((await preflight(server, 'null')).headers.get('access-control-allow-origin')).toBeNull();
      const answer = await server.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { origin: 'null', 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { summits } }' }),
      });
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    }
    const allowed = await preflight(several, 'https://b.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://b.example');
    expect(allowed.headers.get('vary')).toMatch(/Origin/);
  });

  test('CORS allows the configured origin only', async () => {
    const preflight = (origin: string) =>
      yoga.fetch('http://localhost/graphql', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    expect((await preflight('https://parley.example')).headers.get('access-control-allow-origin')).toBe(
      'https://parley.example',
    );
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).not.toBe(
      'https://evil.example',
    );
  });
});
