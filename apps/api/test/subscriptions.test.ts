import type { AddressInfo } from 'node:net';
import { type AnyRecord, createMemoryStore, type RecordOf } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { liveCommitOf } from '@parley/schema';
import { describe, expect, onTestFinished, test } from 'vitest';
import { withClientAddress } from '../src/client-address.ts';
import { createLimitedServer, defaultConnectionLimits } from '../src/connection-limits.ts';
import { createLiveHub } from '../src/live/live-hub.ts';
import { createParleyYoga } from '../src/yoga.ts';
import { sseReader, subscriptionRequest } from './sse.ts';
import { pgliteStoreWithAccounts } from './store.ts';
import { post } from './yoga.ts';

const { store, accounts } = await pgliteStoreWithAccounts({ trustedOrigins: [], secureCookies: true });
await accounts.addUser({ email: 'editor@parley.example', role: 'editor' }, 'correct horse battery staple');
const editor = { authorization: `Bearer ${(await accounts.createToken('editor@parley.example')).token}` };
const config = { nodeEnv: 'production' as const, corsOrigins: [], logLevel: 'silent' as const };

const summitId = Buffer.from('Summit:summit:second-us-north-korea-2019').toString('base64url');
const updateSummit = `mutation ($input: UpdateSummitInput!) {
  updateSummit(input: $input) { summit { revision } userErrors { code message } }
}`;
const recordChanged =
  'subscription ($ids: [ID!]) { recordChanged(ids: $ids) { id type revision kind summitIds } }';
const summitUpdated = 'subscription ($id: ID!) { summitUpdated(id: $id) { title revision } }';

/** A live hub with a low per-address limit, and an API server over node:http on a free port using it. */
async function listening(maxPerAddress = 5) {
  const live = createLiveHub({ redis: null, maxPerAddress, log: () => {} });
  // The store's change listeners, counted: subscriptions must add none (the response cache holds the one).
  let storeListeners = 0;
  const counted = new Proxy(store, {
    get: (target, key, receiver) =>
      key === 'onChange'
        ? async (listener: Parameters<typeof store.onChange>[0]) => {
            const stop = await target.onChange(listener);
            storeListeners += 1;
            return async () => {
              storeListeners -= 1;
              await stop();
            };
          }
        : Reflect.get(target, key, receiver),
  });
  const yoga = createParleyYoga({ store: counted, accounts, config, live });
  const server = createLimitedServer(withClientAddress(yoga), {
    ...defaultConnectionLimits,
    perAddress: 2_000,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(async () => {
    live.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await yoga.dispose();
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { live, yoga, url, storeListeners: () => storeListeners };
}

/** Renames the summit through `yoga` as the editor, from the revision it is at. */
async function renameSummit(yoga: ReturnType<typeof createParleyYoga>, title: string) {
  const [expectedRevision] = await store.revisions(['summit:second-us-north-korea-2019']);
  const answer = await post(yoga, updateSummit, { input: { id: summitId, expectedRevision, title } }, editor);
  expect(answer.body.data?.updateSummit.userErrors).toEqual([]);
  return answer.body.data.updateSummit.summit.revision as number;
}

describe('subscriptions over SSE (graphql-sse, distinct connections)', () => {
  test('an edit reaches recordChanged and summitUpdated subscribers, with a heartbeat between events', async () => {
    const { yoga, url } = await listening();
    const changes = sseReader(
      (await fetch(url, subscriptionRequest(recordChanged, { ids: [summitId] }))).body as ReadableStream,
    );
    const response = await fetch(url, subscriptionRequest(summitUpdated, { id: summitId }));
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const summit = sseReader(response.body as ReadableStream);
    const revision = await renameSummit(yoga, 'The Hanoi summit');
    expect(await changes.next()).toEqual({
      event: 'next',
      data: {
        data: {
          recordChanged: { id: summitId, type: 'SUMMIT', revision, kind: 'UPDATED', summitIds: [summitId] },
        },
      },
    });
    expect(await summit.next()).toEqual({
      event: 'next',
      data: { data: { summitUpdated: { title: 'The Hanoi summit', revision } } },
    });
    // Yoga's heartbeat, a comment line: every 12 s, every 300 ms under NODE_ENV=test (vitest's).
    const before = summit.heartbeats();
    await expect(summit.next(800)).rejects.toThrow(/no event/);
    expect(summit.heartbeats()).toBeGreaterThan(before);
    await changes.cancel();
    await summit.cancel();
  });

  test('1,000 subscriptions opened and dropped by their clients leave no listener behind', async () => {
    const { live, url, storeListeners } = await listening(2_000);
    await expect.poll(storeListeners).toBe(1);
    for (let round = 0; round < 10; round += 1) {
      const opened = await Promise.all(
        Array.from({ length: 100 }, async () => {
          const abort = new AbortController();
          const response = await fetch(url, subscriptionRequest(recordChanged, {}, abort.signal));
          // The heartbeat Yoga sends first: the subscription is open once it arrives.
          await (response.body as ReadableStream).getReader().read();
          return abort;
        }),
      );
      expect(live.listeners().open).toBe(100);
      for (const abort of opened) abort.abort();
      await expect
        .poll(() => live.listeners(), { timeout: 5_000, interval: 20 })
        .toEqual({
          open: 0,
          feed: 0,
          addresses: 0,
        });
    }
    expect(storeListeners()).toBe(1);
  });

  test('subscriptions per client address are limited; one closed makes room again', async () => {
    const { url } = await listening(2);
    const aborts = [new AbortController(), new AbortController()];
    for (const abort of aborts) await fetch(url, subscriptionRequest(recordChanged, {}, abort.signal));
    const refused = sseReader((await fetch(url, subscriptionRequest(recordChanged))).body as ReadableStream);
    const event = await refused.next();
    expect(event?.data.errors[0].extensions.code).toBe('TOO_MANY_SUBSCRIPTIONS');
    aborts[0]?.abort();
    await expect
      .poll(async () => {
        const again = sseReader(
          (await fetch(url, subscriptionRequest(recordChanged))).body as ReadableStream,
        );
        const first = await again.next(300).catch(() => null);
        await again.cancel();
        // No event within the wait: the subscription is open, listening.
        return first === null;
      })
      .toBe(true);
    aborts[1]?.abort();
  });

  test('arguments are checked as for queries: more ids than a list may hold are refused', async () => {
    const { url } = await listening();
    const ids = Array.from({ length: 101 }, () => summitId);
    const refused = sseReader(
      (await fetch(url, subscriptionRequest(recordChanged, { ids }))).body as ReadableStream,
    );
    expect((await refused.next())?.data.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'ids',
    });
  });

  test('a subscription costing more than a heavy query is refused: each change would run it again', async () => {
    const { url } = await listening();
    const heavy = `subscription ($id: ID!) { summitUpdated(id: $id) {
      statements(first: 20) { nodes { speaker { statements(first: 20) { nodes { quote } } } } } } }`;
    const refused = sseReader(
      (await fetch(url, subscriptionRequest(heavy, { id: summitId }))).body as ReadableStream,
    );
    const [error] = (await refused.next())?.data.errors ?? [];
    expect(error?.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED' });
    expect(error?.message).toMatch(/^A subscription may cost 10000 at most/);
  });

  test('a server stopping ends each subscription with an error its client reads, then completes it', async () => {
    const { live, url } = await listening();
    const stream = sseReader((await fetch(url, subscriptionRequest(recordChanged))).body as ReadableStream);
    await expect(stream.next(100)).rejects.toThrow(/no event/);
    live.close();
    const last = await stream.next();
    expect(last?.data.errors[0]).toMatchObject({
      message: expect.stringMatching(/the server is stopping/),
      extensions: { code: 'LIVE_UPDATES_INTERRUPTED' },
    });
    expect((await stream.next())?.event).toBe('complete');
    expect(live.listeners().open).toBe(0);
  });
});

test('a commit heard live drops the cached answers it touched, even before the store reports the change', async () => {
  const base = createMemoryStore(seedDataset);
  // A store whose change notification is late (PostgreSQL's NOTIFY may arrive after Redis's message).
  const late = { ...base, onChange: async () => async () => {} };
  const live = createLiveHub({ redis: null, maxPerAddress: 5, log: () => {} });
  const yoga = createParleyYoga({ store: late, config, live });
  onTestFinished(() => yoga.dispose());
  const title = '{ summit(slug: "second-us-north-korea-2019") { title } }';
  const cached = async () => {
    const answer = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: title }),
    });
    return { etag: answer.headers.get('etag'), title: (await answer.json()).data.summit.title };
  };
  await expect.poll(async () => (await cached()).etag).toBeTruthy();
  const [summit] = await base.load('summit', ['summit:second-us-north-korea-2019']);
  const revisions = await base.commit({
    actor: 'test',
    reason: null,
    puts: [
      {
        record: {
          type: 'summit',
          record: { ...(summit as RecordOf<'summit'>), title: 'Renamed' },
        } as AnyRecord,
        expectedRevision: 1,
      },
    ],
  });
  live.publish(liveCommitOf(revisions));
  expect((await cached()).title).toBe('Renamed');
});
