import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@parley/db';
import { generateDataset } from '@parley/domain/testing';
import { afterAll, describe, expect, test } from 'vitest';
import { defaultBurst } from '../src/store-scheduler.ts';
import { createParleyYoga } from '../src/yoga.ts';
import { personPage, searchPage, statementsPage, summitPage, timelinePage } from './site-pages.ts';
import { type Json, post } from './yoga.ts';

// One summit and ten people, so that the summit and a person each have well over 50 statements and meetings.
const dataset = generateDataset(1000, { counts: { summits: 1, people: 10 } });

// The real operations through the real server, context and SQL store, counting what the store sends to PGlite.
let sqlStatements = 0;
const dir = mkdtempSync(join(tmpdir(), 'parley-query-count-'));
const store = await openStore({ dataDir: dir, seed: false, onQuery: () => sqlStatements++ });
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});
await store.writeDataset(dataset);
// As server.ts serves PGlite (one connection), and with no response cache: every request reaches the store.
const yoga = createParleyYoga({
  store,
  config: { nodeEnv: 'production', corsOrigins: [], logLevel: 'silent', responseCache: false },
  schedule: { slots: 1, burst: defaultBurst },
});

/** Records shown: the length of every `nodes` and `edges` list in the answer. */
function recordsShown(value: Json): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + recordsShown(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.entries(value).reduce(
    (sum, [key, item]) =>
      sum + (key === 'nodes' || key === 'edges' ? (item as Json[]).length : 0) + recordsShown(item),
    0,
  );
}

/** The SQL statements one operation costs, and the records it shows. */
async function cost(query: string, variables: Record<string, unknown> = {}) {
  sqlStatements = 0;
  const { body } = await post(yoga, query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return { sql: sqlStatements, shown: recordsShown(body.data) };
}

const summitSlug = dataset.summits[0]?.slug;
const personSlug = dataset.people[1]?.slug;

// Pages of 50 and 100: a page of 5 may hold no record of some kind (no statement issued by an organization), and
// then costs one statement less; from 50 on every kind is there, and a lookup per record would show at once.
describe('SQL statements per site page do not grow with the records it shows', () => {
  const pages: [string, string, Record<string, unknown>][] = [
    ['summit page', summitPage, { slug: summitSlug }],
    ['statements page', statementsPage, {}],
    ['person page', personPage, { slug: personSlug }],
    ['search', searchPage, { query: 'synthetic delegation' }],
    ['timeline', timelinePage, {}],
  ];
  for (const [name, query, variables] of pages) {
    test(`${name}: as many for a page of 100 as for a page of 50`, async () => {
      const fifty = await cost(query, { ...variables, first: 50 });
      const hundred = await cost(query, { ...variables, first: 100 });
      expect(fifty.shown).toBeGreaterThanOrEqual(50);
      expect(hundred.shown).toBeGreaterThanOrEqual(fifty.shown + 50);
      expect(hundred.sql).toBe(fifty.sql);
      console.info(
        `${name}: ${fifty.sql} SQL statements for ${fifty.shown} records and for ${hundred.shown}`,
      );
    });
  }
});

describe('totalCount costs one SQL statement, only when asked, however often', () => {
  for (const list of ['statements', 'meetings', 'people', 'timeline']) {
    test(list, async () => {
      const page = await cost(`{ ${list}(first: 50) { nodes { __typename } } }`);
      const counted = await cost(
        `{ ${list}(first: 50) { totalCount again: totalCount nodes { __typename } } }`,
      );
      expect(page.shown).toBeGreaterThan(0);
      expect(counted.sql).toBe(page.sql + 1);
    });
  }

  test('search counts its hits in the statement that ranks them (all must be ranked anyway): totalCount adds none', async () => {
    const hits = await cost('{ search(query: "synthetic", first: 50) { nodes { __typename } } }');
    const counted = await cost(
      '{ search(query: "synthetic", first: 50) { totalCount nodes { __typename } } }',
    );
    expect(hits.shown).toBe(50);
    expect(counted.sql).toBe(hits.sql);
  });
});
