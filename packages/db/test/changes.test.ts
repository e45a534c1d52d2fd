import { join } from 'node:path';
import type { Store } from '@parley/domain';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/client.ts';
import { ImportError, importRecords } from '../src/jsonl/index.ts';
import { openClient } from '../src/open-store.ts';
import { createSqlStore } from '../src/store/sql-store.ts';
import { writeRecords } from '../src/write/write-records.ts';
import { freshPostgresDatabase, postgresAvailable, tempDir } from './support/databases.ts';

const topicLine = (slug: string) =>
  `${JSON.stringify({ type: 'topic', record: { id: `topic:${slug}`, slug, name: slug } })}\n`;
// A statement without citations: the validators refuse the file.
const badLine = `${JSON.stringify({ type: 'statement', record: { id: 'statement:bad', slug: 'bad', citations: [] } })}\n`;

interface Opened {
  /** The store that listens. */
  store: Store;
  /** Where the test writes: another client of the same database where the driver allows one. */
  writer: Db;
  dispose: () => Promise<void>;
}

function describeChanges(name: string, open: () => Promise<Opened>) {
  describe(`onChange on ${name}`, () => {
    let opened: Opened;
    beforeAll(async () => {
      opened = await open();
    });
    afterAll(() => opened?.dispose());

    it('hears a committed import, and nothing of a refused or rolled-back one', async () => {
      let heard = 0;
      const stop = await opened.store.onChange(() => {
        heard++;
      });
      await expect(importRecords(opened.writer, topicLine('refused') + badLine)).rejects.toBeInstanceOf(
        ImportError,
      );
      // The NOTIFY is issued, then the transaction rolls back: it must go with the rows.
      await expect(
        opened.writer.transaction(async (tx) => {
          await writeRecords(tx, { topics: [{ id: 'topic:undone', slug: 'undone', name: 'Undone' }] });
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      await importRecords(opened.writer, topicLine('kept'));
      // Notifications arrive in commit order: had the failed writes notified, they would have come first.
      await expect.poll(() => heard).toBe(1);
      expect((await opened.store.listTopics()).map((t) => t.id)).toEqual(['topic:kept']);

      let other = 0;
      const stopOther = await opened.store.onChange(() => {
        other++;
      });
      await stop();
      await importRecords(opened.writer, topicLine('after-stop'));
      await expect.poll(() => other).toBe(1);
      expect(heard).toBe(1);
      await stopOther();
    });
  });
}

describeChanges('PGlite (writes from the same process)', async () => {
  const dir = tempDir('changes');
  const client = await openClient({ dataDir: join(dir.path, 'db'), seed: false });
  return {
    store: createSqlStore(client),
    writer: client.db,
    dispose: async () => {
      await client.close();
      dir.remove();
    },
  };
});

const available = await postgresAvailable();

describe.runIf(available)('PostgreSQL', () => {
  let url: string;
  let drop: () => Promise<void>;
  const opened: { close: () => Promise<void> }[] = [];
  const connect = async () => {
    const client = await openClient({ databaseUrl: url, seed: false });
    opened.push(client);
    return client;
  };
  beforeAll(async () => {
    ({ url, drop } = await freshPostgresDatabase());
  });
  afterAll(async () => {
    for (const client of opened) await client.close();
    await drop?.();
  });

  describeChanges('PostgreSQL (writes from another client)', async () => ({
    store: createSqlStore(await connect()),
    writer: (await connect()).db,
    dispose: async () => {},
  }));

  it('a lost listening connection tells the listeners (caches drop), then listens again', async () => {
    const store = createSqlStore(await connect());
    const writer = (await connect()).db;
    let heard = 0;
    const stop = await store.onChange(() => {
      heard++;
    });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'parley-changes'",
      );
    } finally {
      await admin.end();
    }
    await expect.poll(() => heard).toBe(1);
    // Once connected again (about a second later), imports are heard again.
    await expect
      .poll(
        async () => {
          await importRecords(writer, topicLine('after-reconnect'));
          return heard;
        },
        { timeout: 10_000, interval: 500 },
      )
      .toBeGreaterThan(1);
    await stop();
  });
});
