import { join } from 'node:path';
import { type Dataset, datasetKeys, type RecordOf } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { generateDataset } from '@parley/domain/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Client } from '../src/client.ts';
import { type OpenStoreOptions, openClient } from '../src/open-store.ts';
import { createSqlStore } from '../src/store/sql-store.ts';
import { freshPostgresDatabase, postgresAvailable, tempDir } from './support/databases.ts';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
const [seedStatement] = seedDataset.statements as [RecordOf<'statement'>];
const added: RecordOf<'statement'> = {
  ...seedStatement,
  id: 'statement:commit-cost',
  slug: 'commit-cost',
  relations: [],
};
/** The seed, and the seed with 2 000 synthetic statements (and the people, meetings… they need). */
const small = seedDataset;
const synthetic = generateDataset(2000);
const large = Object.fromEntries(
  Object.values(datasetKeys).map((key) => [key, [...seedDataset[key], ...synthetic[key]]]),
) as unknown as Dataset;

interface Cost {
  /** SQL statements the commit ran. */
  statements: number;
  /** For each statement announcing the change: whether it is the one appending the revisions. */
  announcing: boolean[];
  /** Of those, the lookups validating it against the database (references, slug, source texts). */
  lookups: number;
  /**
   * Rows the commit read, by scans and index fetches, from each table holding 1 000 rows or more (on PGlite: one
   * connection, its statistics exact; null on PostgreSQL). Small tables may be scanned whole: that costs little.
   */
  readFromLargeTables: Record<string, number> | null;
  /** Rows the commit's transaction wrote, by table. */
  rowsWritten: Record<string, number>;
}

type TableStats = { name: string; rows: number; read: number };

/** Fills a new database with `dataset`, commits one new statement, and tells what the commit cost. */
async function costOfCommit(options: OpenStoreOptions, dataset: Dataset): Promise<Cost> {
  const queries: string[] = [];
  const client: Client = await openClient({ ...options, seed: false, onQuery: (q) => queries.push(q) });
  try {
    const store = createSqlStore(client);
    await store.writeDataset(dataset);
    const tableStats = async () => {
      await client.db.execute(sql`select pg_stat_force_next_flush()`);
      return rowsOf<TableStats>(
        await client.db.execute(sql`select relname as name, n_live_tup::int as rows,
          (coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0))::int as read from pg_stat_user_tables`),
      );
    };
    const before = client.driver === 'pglite' ? await tableStats() : null;
    queries.length = 0;
    await store.commit({
      actor: 'account:cost',
      reason: null,
      puts: [{ record: { type: 'statement', record: added }, expectedRevision: 0 }],
    });
    const statements = queries.length;
    const lookups = queries.filter((q) => q.includes(' as lookup')).length;
    const announcing = queries
      .filter((q) => q.includes('pg_notify'))
      .map((q) => q.includes('insert into "revisions"'));
    const after = before ? await tableStats() : null;
    const readFromLargeTables = after
      ? Object.fromEntries(
          after
            .filter((t) => t.rows >= 1000)
            .map((t) => [t.name, t.read - (before?.find((b) => b.name === t.name)?.read ?? 0)]),
        )
      : null;
    // Rows whose version the commit's transaction made (xmin): only those of the statement and its revision.
    const tables = rowsOf<{ name: string }>(
      await client.db.execute(sql`select tablename as name from pg_tables where schemaname = 'public'`),
    );
    const rowsWritten: Record<string, number> = {};
    for (const { name } of tables) {
      const [row] = rowsOf<{ n: number }>(
        await client.db.execute(sql`select count(*)::int as n from ${sql.identifier(name)}
          where xmin::text = (select xmin::text from revisions where record_id = ${added.id})`),
      );
      if (row?.n) rowsWritten[name] = row.n;
    }
    return { statements, lookups, announcing, readFromLargeTables, rowsWritten };
  } finally {
    await client.close();
  }
}

const postgres = await postgresAvailable();

const writtenByOneStatement = {
  statements: 1,
  statement_topics: added.topicIds.length,
  statement_citations: added.citations.length,
  revisions: 1,
  // The new statement counted in its type's row of record_counts (one row, whatever the database holds).
  record_counts: 1,
};

describe('a commit costs what it changes, not what the database holds', () => {
  it('on PGlite: as many statements on 2 000 statements as on 9, reading and writing only its own rows', async () => {
    const dir = tempDir('commit-cost');
    try {
      const few = await costOfCommit({ dataDir: join(dir.path, 'small') }, small);
      const many = await costOfCommit({ dataDir: join(dir.path, 'large') }, large);
      expect(many.statements).toBe(few.statements);
      // Its references, its slug and its sources' texts, asked in one round trip.
      expect(few.lookups).toBe(1);
      // The change is announced by the statement appending the revision: no round trip of its own.
      expect(few.announcing).toEqual([true]);
      expect(many.rowsWritten).toEqual(writtenByOneStatement);
      expect(few.rowsWritten).toEqual(writtenByOneStatement);
      // The tables that grow with the statements: a pass over any of them would read thousands of rows.
      expect(Object.keys(many.readFromLargeTables ?? {}).sort()).toEqual(
        ['revisions', 'statement_citations', 'statement_topics', 'statements'].sort(),
      );
      for (const [table, read] of Object.entries(many.readFromLargeTables ?? {}))
        expect(read, table).toBeLessThan(50);
    } finally {
      dir.remove();
    }
  });

  it.runIf(postgres)('on PostgreSQL: as many statements, writing only its own rows', async () => {
    const databases = [await freshPostgresDatabase(), await freshPostgresDatabase()];
    try {
      const few = await costOfCommit({ databaseUrl: databases[0]?.url }, small);
      const many = await costOfCommit({ databaseUrl: databases[1]?.url }, large);
      expect(many.statements).toBe(few.statements);
      expect(many.rowsWritten).toEqual(writtenByOneStatement);
    } finally {
      for (const database of databases) await database.drop();
    }
  });
});

describe('an edit rewrites only what it changes', () => {
  it('on PGlite: an edit leaving the words alone updates the row once, keeping its search texts', async () => {
    const dir = tempDir('edit-once');
    const client = await openClient({ dataDir: join(dir.path, 'db'), seed: false });
    try {
      const store = createSqlStore(client);
      await store.writeDataset(small);
      const [record] = await store.load('statement', [seedStatement.id]);
      if (!record) throw new Error('the seed statement is missing');
      const updates = async () => {
        await client.db.execute(sql`select pg_stat_force_next_flush()`);
        const [row] = rowsOf<{ n: number }>(
          await client.db.execute(
            sql`select n_tup_upd::int as n from pg_stat_user_tables where relname = 'statements'`,
          ),
        );
        return row?.n ?? 0;
      };
      const texts = sql`select search_a, search_b, search_c from statements where id = ${record.id}`;
      const textsBefore = rowsOf(await client.db.execute(texts));
      const before = await updates();
      await store.commit({
        actor: 'account:cost',
        reason: null,
        puts: [
          {
            record: {
              type: 'statement',
              record: { ...record, kind: record.kind === 'REMARKS' ? 'STATEMENT' : 'REMARKS' },
            },
            expectedRevision: 1,
          },
        ],
      });
      // Blanking the texts and computing them again would make it two, each rewriting the row's index entries.
      expect((await updates()) - before).toBe(1);
      expect(rowsOf(await client.db.execute(texts))).toEqual(textsBefore);
    } finally {
      await client.close();
      dir.remove();
    }
  });
});
