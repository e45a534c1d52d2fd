import { join } from 'node:path';
import { everythingChanged, type Store, type StoreChange } from '@parley/domain';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAYLOAD_BYTES } from '../src/changes.ts';
import type { Client } from '../src/client.ts';
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
  writer: Client;
  dispose: () => Promise<void>;
}

const importInto = (client: Client, text: string) => importRecords(createSqlStore(client), text);

function describeChanges(name: string, open: () => Promise<Opened>) {
  describe(`onChange on ${name}`, () => {
    let opened: Opened;
    beforeAll(async () => {
      opened = await open();
    });
    afterAll(() => opened?.dispose());

    it('hears a committed import, and nothing of a refused or rolled-back one', async () => {
      let heard = 0;
      const changes: StoreChange[] = [];
      const stop = await opened.store.onChange((change) => {
        heard++;
        changes.push(change);
      });
      await expect(importInto(opened.writer, topicLine('refused') + badLine)).rejects.toBeInstanceOf(
        ImportError,
      );
      // The NOTIFY is issued, then the transaction rolls back: it must go with the rows.
      await expect(
        opened.writer.db.transaction(async (tx) => {
          await writeRecords(
            tx,
            { topics: [{ id: 'topic:undone', slug: 'undone', name: 'Undone' }] },
            { actor: 'import', reason: null },
          );
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      await importInto(opened.writer, topicLine('kept'));
      // Notifications arrive in commit order: had the failed writes notified, they would have come first.
      await expect.poll(() => heard).toBe(1);
      expect((await opened.store.listTopics()).map((t) => t.id)).toEqual(['topic:kept']);
      // What changed travels with the notification, to another process too.
      expect(changes).toEqual([
        { everything: false, ids: ['topic:kept'], types: ['topic'], texts: ['topic'], created: true },
      ]);

      let other = 0;
      const stopOther = await opened.store.onChange(() => {
        other++;
      });
      await stop();
      await importInto(opened.writer, topicLine('after-stop'));
      await expect.poll(() => other).toBe(1);
      expect(heard).toBe(1);
      await stopOther();
    });

    it('tells everything changed when the records written are too many to name in a notification', async () => {
      const changes: StoreChange[] = [];
      const stop = await opened.store.onChange((change) => {
        changes.push(change);
      });
      // Each id takes more than ten bytes of the payload.
      const count = Math.ceil(MAX_PAYLOAD_BYTES / 10);
      const many = Array.from({ length: count }, (_, i) => topicLine(`many-${i}`)).join('');
      await importInto(opened.writer, many);
      await expect.poll(() => changes).toEqual([everythingChanged]);
      await stop();
    });
  });
}

describeChanges('PGlite (writes from the same process)', async () => {
  const dir = tempDir('changes');
  const client = await openClient({ dataDir: join(dir.path, 'db'), seed: false });
  return {
    store: createSqlStore(client),
    writer: client,
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
  /** Runs one statement as another client: to kill or count the store's listening connection. */
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(statement)).rows;
    } finally {
      await client.end();
    }
  };
  const listenerFilter = "datname = current_database() and application_name = 'parley-changes'";
  const killListener = () =>
    admin(`select pg_terminate_backend(pid) from pg_stat_activity where ${listenerFilter}`);
  const listening = async () =>
    (await admin(`select 1 from pg_stat_activity where ${listenerFilter}`)).length > 0;
  afterAll(async () => {
    for (const client of opened) await client.close();
    await drop?.();
  });

  describeChanges('PostgreSQL (writes from another client)', async () => ({
    store: createSqlStore(await connect()),
    writer: await connect(),
    dispose: async () => {},
  }));

  /** A store listening for changes, a second client to write with, and the store's listener just killed. */
  async function listenerLost() {
    const store = createSqlStore(await connect());
    const writer = await connect();
    const changes: StoreChange[] = [];
    const stop = await store.onChange((change) => {
      changes.push(change);
    });
    await killListener();
    // What was missed is unknown: everything.
    await expect.poll(() => changes).toEqual([everythingChanged]);
    return { writer, heard: () => changes.length, changes, stop };
  }

  it('a lost listening connection tells the listeners (caches drop), then listens again', async () => {
    const { writer, heard, stop } = await listenerLost();
    // Once connected again (about a second later), imports are heard again.
    await expect
      .poll(
        async () => {
          await importInto(writer, topicLine('after-reconnect'));
          return heard();
        },
        { timeout: 10_000, interval: 500 },
      )
      .toBeGreaterThan(1);
    await stop();
  });

  // A change committed while the listener reconnected was heard by nobody: caches served it stale until TTL.
  it('tells the listeners again once listening after a loss, for what it missed meanwhile', async () => {
    const { writer, changes, stop } = await listenerLost();
    await importInto(writer, topicLine('while-reconnecting'));
    // The change was committed (and announced) while nobody listened.
    expect(await listening()).toBe(false);
    await expect.poll(listening, { timeout: 10_000 }).toBe(true);
    await expect.poll(() => changes).toEqual([everythingChanged, everythingChanged]);
    await stop();
  });
});
