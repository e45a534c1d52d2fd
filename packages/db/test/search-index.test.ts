import { join } from 'node:path';
import { generateDataset } from '@parley/domain/testing';
import { sql } from 'drizzle-orm';
import { afterAll, expect, test } from 'vitest';
import { openClient } from '../src/open-store.ts';
import { rowsOf } from '../src/store/rows.ts';
import { createSqlStore } from '../src/store/sql-store.ts';
import { tempDir } from './support/databases.ts';

const dir = tempDir('search-index');
const client = await openClient({ dataDir: join(dir.path, 'db'), seed: false });
afterAll(async () => {
  await client.close();
  dir.remove();
});

test('a bulk write leaves nothing in the GIN indexes’ pending lists, which every search would read whole', async () => {
  await createSqlStore(client).writeDataset(generateDataset(300));
  // Cleaning again finds no pending page left in any GIN index (a full list cleaned here returns its pages).
  const [left] = rowsOf<{ pages: number }>(
    await client.db.execute(sql`select sum(gin_clean_pending_list(c.oid))::int as pages from pg_class c
      join pg_am a on a.oid = c.relam where a.amname = 'gin' and c.relnamespace = 'public'::regnamespace`),
  );
  expect(left?.pages).toBe(0);
});
