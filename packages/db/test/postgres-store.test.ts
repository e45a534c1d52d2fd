import { type RecordOf, RevisionConflict } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { describeStore } from '@parley/domain/testing';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from '../src/open-store.ts';
import { freshPostgresDatabase, postgresAvailable, postgresStore } from './support/databases.ts';

const available = await postgresAvailable();

describe.runIf(available)('PostgreSQL', () => {
  describeStore('SQL on PostgreSQL', (dataset) => postgresStore(dataset));

  it('survives the server cutting its idle connections, and answers again', async () => {
    const database = await freshPostgresDatabase();
    const store = await openStore({ databaseUrl: database.url });
    try {
      expect((await store.stats()).summit).toBe(seedDataset.summits.length);
      const admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
      try {
        // The pool's connections sit idle now; an unhandled pool error here would fail the run.
        const { rowCount } = await admin.query(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state = 'idle'",
        );
        expect(rowCount).toBeGreaterThan(0);
      } finally {
        await admin.end();
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await store.stats()).summit).toBe(seedDataset.summits.length);
    } finally {
      await store.close();
      await database.drop();
    }
  });

  it('two stores committing on the same revision of a record at once: exactly one wins, each time', async () => {
    const database = await freshPostgresDatabase();
    const stores = [
      await openStore({ databaseUrl: database.url }),
      await openStore({ databaseUrl: database.url }),
    ];
    const [statement] = seedDataset.statements as [RecordOf<'statement'>];
    const race = (record: RecordOf<'statement'>, expectedRevision: number) =>
      Promise.allSettled(
        stores.map((store, i) =>
          store.commit({
            actor: `account:editor-${i}`,
            reason: null,
            puts: [
              {
                record: { type: 'statement', record: { ...record, paraphrase: `Written by ${i}.` } },
                expectedRevision,
              },
            ],
          }),
        ),
      );
    const once = (results: PromiseSettledResult<unknown>[]) => {
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const [lost] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(lost?.reason).toBeInstanceOf(RevisionConflict);
    };
    try {
      for (let round = 1; round <= 5; round++) once(await race(statement, round));
      // A record that does not exist yet: one creates it, the other finds it there.
      once(await race({ ...statement, id: 'statement:raced', slug: 'raced' }, 0));
      const history = await stores[0]?.history(statement.id, { first: 100 });
      expect(history?.edges.map((e) => e.node.revision)).toEqual([6, 5, 4, 3, 2, 1]);
      expect(await stores[1]?.revisions([statement.id, 'statement:raced'])).toEqual([6, 1]);
    } finally {
      for (const store of stores) await store.close();
      await database.drop();
    }
  });
});
