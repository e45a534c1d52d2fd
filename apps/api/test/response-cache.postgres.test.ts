import { importRecords, openStore } from '@parley/db';
import { freshPostgresDatabase, postgresAvailable } from '@parley/db/testing';
import type { Store } from '@parley/domain';
import { describe, expect, onTestFinished, test } from 'vitest';
import { createParleyYoga } from '../src/yoga.ts';
import { post } from './yoga.ts';

const available = await postgresAvailable();

describe.runIf(available)('response cache over PostgreSQL', () => {
  test('an import by another client is visible through the API once PostgreSQL announces it, and only there', async () => {
    const database = await freshPostgresDatabase();
    let store: Store | undefined;
    let yoga: ReturnType<typeof createParleyYoga> | undefined;
    onTestFinished(async () => {
      await yoga?.dispose();
      await store?.close();
      await database.drop();
    });
    store = await openStore({ databaseUrl: database.url });
    const api = createParleyYoga({
      store,
      config: { nodeEnv: 'production', corsOrigins: [], logLevel: 'silent' },
    });
    yoga = api;
    const query = '{ stats { topics } }';
    const send = (text: string) =>
      api.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: text }),
      });
    const ask = async () => {
      const response = await send(query);
      return {
        etag: response.headers.get('etag'),
        topics: (await response.json()).data.stats.topics as number,
      };
    };
    // A page that reads no topic: the import must leave its entry (the same ETag is the same entry).
    const personEtag = async () =>
      (await send('{ person(slug: "donald-trump") { name } }')).headers.get('etag');
    // A stored response carries an ETag; there is none until the cache is listening for changes.
    let before = await ask();
    for (let i = 0; !before.etag && i < 100; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      before = await ask();
    }
    expect(before.etag).toBeTruthy();
    expect((await post(api, query)).body.data.stats.topics).toBe(before.topics);
    const person = await personEtag();
    expect(person).toBeTruthy();

    // `db import` from another process: its own client, one new topic, committed with a notification.
    const writer = await openStore({ databaseUrl: database.url, seed: false });
    const topic = { id: 'topic:cache-test', slug: 'cache-test', name: 'Response cache test' };
    await importRecords(writer, `${JSON.stringify({ type: 'topic', record: topic })}\n`);
    await writer.close();

    // Far sooner than the cache's 60 s TTL: only the notification can have emptied it.
    await expect
      .poll(async () => (await ask()).topics, { timeout: 5_000, interval: 25 })
      .toBe(before.topics + 1);
    expect(await personEtag()).toBe(person);
  });
});
