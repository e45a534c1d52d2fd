import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, partsPerStatement } from '@parley/db';
import { generateDataset } from '@parley/domain/testing';
import { afterAll, describe, expect, test } from 'vitest';
import { defaultBurst } from '../src/store-scheduler.ts';
import { createParleyYoga } from '../src/yoga.ts';
import { personPage, searchPage, statementsPage, summitPage, timelinePage } from './site-pages.ts';
import { type Json, post } from './yoga.ts';

// One summit and ten people, so that the summit and a person each have well over 50 statements and meetings.
const dataset = generateDataset(1000, { counts: { summits: 1, people: 10 } });

// The real operations through the real server, context and SQL store, counting what the store sends to PGlite.
let sqlStatements: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'parley-query-count-'));
const store = await openStore({ dataDir: dir, seed: false, onQuery: (text) => sqlStatements.push(text) });
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});
await store.writeDataset(dataset);
// As server.ts serves PGlite (one connection, one statement's parts at once), and with no response cache: every
// request reaches the store.
const yoga = createParleyYoga({
  store,
  config: { nodeEnv: 'production', corsOrigins: [], logLevel: 'silent', responseCache: false },
  schedule: { slots: partsPerStatement, burst: defaultBurst },
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

/** The SQL statements one operation costs, the counts among their parts, and the records it shows. */
async function cost(query: string, variables: Record<string, unknown> = {}) {
  sqlStatements = [];
  const { body } = await post(yoga, query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  // A count: of the rows a filter selects, or an unfiltered list's count that record_counts keeps.
  const counts = sqlStatements.join(' ').match(/select count\(\*\)|from "record_counts"/g)?.length ?? 0;
  return { sql: sqlStatements.length, counts, shown: recordsShown(body.data) };
}

const summitSlug = dataset.summits[0]?.slug;
const personSlug = dataset.people[1]?.slug;

// Every read of a GraphQL level goes out in one statement (the store batches them), so a page costs one SQL
// statement per level of reads that wait on the one above. Pages of 50 and 100: a page of 5 may hold no record
// of some kind (no statement issued by an organization), and a lookup per record would show at once from 50 on.
describe('SQL statements per site page: one per level of dependent reads, whatever the records it shows', () => {
  const pages: [string, string, Record<string, unknown>, number][] = [
    // The summit; its lists, people, places (with the places enclosing them), sources and topics; the lists'
    // people, places and sources, with the count. PlaceName's `within`, three deep, is read with each place.
    ['summit page', summitPage, { slug: summitSlug }, 3],
    // The statements; their people, organizations and sources, with the count.
    ['statements page', statementsPage, {}, 2],
    // As the summit page: the person; lists…; their records (places with their enclosing places) and the count.
    ['person page', personPage, { slug: personSlug }, 3],
    // The hits (counted with them); the records hit; the statements' speakers and organizations.
    ['search', searchPage, { query: 'synthetic delegation' }, 3],
    // The entries; the records; the statements' speakers and organizations, with the count.
    ['timeline', timelinePage, {}, 3],
  ];
  for (const [name, query, variables, levels] of pages) {
    test(`${name}: ${levels} for a page of 50 and for a page of 100`, async () => {
      const fifty = await cost(query, { ...variables, first: 50 });
      const hundred = await cost(query, { ...variables, first: 100 });
      expect(fifty.shown).toBeGreaterThanOrEqual(50);
      expect(hundred.shown).toBeGreaterThanOrEqual(fifty.shown + 50);
      expect(fifty.sql).toBe(levels);
      expect(hundred.sql).toBe(levels);
      console.info(
        `${name}: ${fifty.sql} SQL statements for ${fifty.shown} records and for ${hundred.shown}`,
      );
    });
  }
});

describe('totalCount is counted only when asked, once however often, in the statement of the level asking', () => {
  // Each list with a field of its nodes that loads records one level below the page, as the count is read.
  const lists: [string, string][] = [
    ['statements', 'speaker { name }'],
    ['meetings', 'location { name }'],
    ['people', 'country { name }'],
    ['timeline', '... on Statement { speaker { name } }'],
  ];
  for (const [list, loads] of lists) {
    test(list, async () => {
      const page = await cost(`{ ${list}(first: 50) { nodes { __typename } } }`);
      const counted = await cost(
        `{ ${list}(first: 50) { totalCount again: totalCount nodes { __typename } } }`,
      );
      expect(page.shown).toBeGreaterThan(0);
      expect(page.counts).toBe(0);
      expect(counted.counts).toBe(1);
      // Alone in its level, the count is one statement more…
      expect(counted.sql).toBe(page.sql + 1);
      // …and none beside the reads of the level below the page.
      const loaded = await cost(`{ ${list}(first: 50) { nodes { __typename ${loads} } } }`);
      const loadedCounted = await cost(`{ ${list}(first: 50) { totalCount nodes { __typename ${loads} } } }`);
      expect(loaded.sql).toBe(page.sql + 1);
      expect(loadedCounted.counts).toBe(1);
      expect(loadedCounted.sql).toBe(loaded.sql);
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
