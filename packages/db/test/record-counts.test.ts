import { join } from 'node:path';
import type { RecordOf, Store } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../src/client.ts';
import { openClient } from '../src/open-store.ts';
import { rowsOf } from '../src/store/rows.ts';
import { createSqlStore } from '../src/store/sql-store.ts';
import { tempDir } from './support/databases.ts';

const dir = tempDir('counts');
let client: Client;
let store: Store;

beforeAll(async () => {
  client = await openClient({ dataDir: join(dir.path, 'db') });
  store = createSqlStore(client);
});
afterAll(async () => {
  await store?.close();
  dir.remove();
});

/** What the triggers keep, and what a scan of the table says the default lists show. */
async function counts(type: 'statement' | 'person', table: string, merged = '') {
  const [kept] = rowsOf<{ listed: number }>(
    await client.db.execute(sql`select listed from record_counts where type = ${type}`),
  );
  const [scanned] = rowsOf<{ count: number }>(
    await client.db.execute(
      sql.raw(`select count(*)::int as count from ${table} where retraction_reason is null${merged}`),
    ),
  );
  return { kept: kept?.listed, scanned: scanned?.count };
}

const statement = seedDataset.statements[0] as RecordOf<'statement'>;
const person = seedDataset.people[1] as RecordOf<'person'>;

async function put(record: RecordOf<'statement'> | RecordOf<'person'>, type: 'statement' | 'person') {
  const [revision] = await store.revisions([record.id]);
  await store.commit({
    actor: 'import',
    reason: 'test',
    puts: [{ record: { type, record } as never, expectedRevision: revision ?? 0 }],
  });
}

describe('record_counts: the listed records of each type, kept by triggers', () => {
  it('counts the seeded records, and follows a retraction, a restoration, a creation and a merge', async () => {
    const start = await counts('statement', 'statements');
    const seeded = seedDataset.statements.length;
    expect(start).toEqual({ kept: seeded, scanned: seeded });
    await put({ ...statement, retractionReason: 'test' }, 'statement');
    expect(await counts('statement', 'statements')).toEqual({
      kept: seeded - 1,
      scanned: seeded - 1,
    });
    const { retractionReason: _, ...restored } = { ...statement, retractionReason: undefined };
    await put(restored, 'statement');
    await put({ ...statement, id: 'statement:counted', slug: 'counted' }, 'statement');
    expect(await counts('statement', 'statements')).toEqual({
      kept: seeded + 1,
      scanned: seeded + 1,
    });
    const people = await counts('person', 'people', ' and merged_into_id is null');
    const survivor = seedDataset.people[0] as RecordOf<'person'>;
    await put({ ...person, mergedIntoId: survivor.id }, 'person');
    expect(await counts('person', 'people', ' and merged_into_id is null')).toEqual({
      kept: (people.kept ?? 0) - 1,
      scanned: (people.scanned ?? 0) - 1,
    });
  });

  it('answers an unfiltered list’s totalCount from the kept count, a filtered one by counting', async () => {
    const speakerId = statement.speakerId as string;
    const filtered = await store.listStatements({ first: 1, filter: { speakerIds: [speakerId] } });
    const expected = await filtered.totalCount();
    await client.db.execute(sql`update record_counts set listed = 12345 where type = 'statement'`);
    expect(await (await store.listStatements({ first: 1 })).totalCount()).toBe(12345);
    const again = await store.listStatements({ first: 1, filter: { speakerIds: [speakerId] } });
    expect(await again.totalCount()).toBe(expected);
  });
});
