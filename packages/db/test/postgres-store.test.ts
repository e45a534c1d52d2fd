import { seedDataset } from '@parley/domain';
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
});
