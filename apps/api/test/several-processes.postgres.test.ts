import { openStoreWithAccounts } from '@parley/db';
import { freshPostgresDatabase, postgresAvailable } from '@parley/db/testing';
import { describe, expect, onTestFinished, test } from 'vitest';
import { freePort, listeningServer, redisServerAvailable, startRedis, startServer } from './api-process.ts';
import { sseReader, subscriptionRequest } from './sse.ts';
import type { Json } from './yoga.ts';

const available = (await postgresAvailable()) && redisServerAvailable();

const secret = 'a secret the processes and the test share, 32+ characters';
const summitId = Buffer.from('Summit:summit:second-us-north-korea-2019').toString('base64url');
const summitQuery = '{ summit(slug: "second-us-north-korea-2019") { title revision } }';
const updateSummit = `mutation ($input: UpdateSummitInput!) {
  updateSummit(input: $input) { summit { revision } userErrors { code message } }
}`;
const summitUpdated = 'subscription ($id: ID!) { summitUpdated(id: $id) { title revision } }';

/** A JSON POST to one process's /graphql. */
async function ask(url: string, query: string, variables?: Json, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Json };
}

/** One PostgreSQL database of the test's own, a Redis of its own, and two API processes on both. */
async function twoProcesses() {
  const database = await freshPostgresDatabase();
  onTestFinished(() => database.drop());
  const redisPort = await freePort();
  const redis = { server: await startRedis(redisPort) };
  const env = {
    PARLEY_STORE: 'db',
    DATABASE_URL: database.url,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    PARLEY_AUTH_SECRET: secret,
  };
  // Both at once, on an empty database: the migration lock lets one migrate and seed while the other waits.
  const [a, b] = await Promise.all([listeningServer(env), listeningServer(env)]);
  const { store, accounts } = await openStoreWithAccounts({
    databaseUrl: database.url,
    accounts: { secret, trustedOrigins: [], secureCookies: true },
  });
  await accounts.addUser({ email: 'editor@parley.example', role: 'editor' }, 'correct horse battery staple');
  const editor = { authorization: `Bearer ${(await accounts.createToken('editor@parley.example')).token}` };
  await store.close();
  /** Renames the summit through `url`, from the revision `url` reads; resolves when the process has answered. */
  const rename = async (url: string, title: string, expectedRevision?: number) => {
    const revision = expectedRevision ?? (await ask(url, summitQuery)).body.data.summit.revision;
    const input = { id: summitId, expectedRevision: revision, title };
    const answer = await ask(url, updateSummit, { input }, editor);
    expect(answer.body.data.updateSummit.userErrors).toEqual([]);
  };
  const subscribe = async (url: string) => {
    const response = await fetch(url, subscriptionRequest(summitUpdated, { id: summitId }));
    return sseReader(response.body as ReadableStream);
  };
  return { a, b, redis, redisPort, rename, subscribe };
}

describe.runIf(available)('two API processes on one PostgreSQL database and one Redis', () => {
  test('an edit through A reaches B’s subscriber within 1 s; Redis lost and back; A killed, B serves', async () => {
    const { a, b, redis, redisPort, rename, subscribe } = await twoProcesses();
    // Sign-in attempts from one address count together on both processes (in the shared Redis): 10 a minute.
    const signIn = async (url: string, email: string) => {
      const api = new URL(url);
      const response = await fetch(new URL('/api/auth/sign-in/email', api), {
        method: 'POST',
        // As the API's own pages send it: better-auth checks the origin of every sign-in.
        headers: { 'content-type': 'application/json', origin: api.origin },
        body: JSON.stringify({ email, password: 'a wrong password' }),
      });
      return response.status;
    };
    const statuses: number[] = [];
    // A different account each time, so that only the address's count can refuse.
    for (let i = 0; i < 11; i += 1)
      statuses.push(await signIn((i % 2 ? a : b).url, `nobody${i}@parley.example`));
    expect(statuses).toEqual([...Array(10).fill(401), 429]);

    // A first edit warms A up (its first session lookup and mutation): what is timed below is the fan-out.
    await rename(a.url, 'Warm-up');
    // B answers (and caches) the summit before the edit.
    const before = (await ask(b.url, summitQuery)).body.data.summit;
    expect((await ask(b.url, summitQuery)).body.data.summit).toEqual(before);
    const onB = await subscribe(b.url);
    await expect(onB.next(200)).rejects.toThrow(/no event/);

    const sent = performance.now();
    await rename(a.url, 'Renamed through A', before.revision);
    expect(await onB.next(1_000)).toEqual({
      event: 'next',
      data: { data: { summitUpdated: { title: 'Renamed through A', revision: before.revision + 1 } } },
    });
    expect(performance.now() - sent).toBeLessThan(1_000);
    // B's next query, at once: its cached answer was dropped before its subscriber heard of the edit.
    expect((await ask(b.url, summitQuery)).body.data.summit.title).toBe('Renamed through A');

    // Redis dies: the subscription reports it and ends; queries and edits go on, on both processes.
    redis.server.child.kill('SIGKILL');
    const lost = await onB.next(3_000);
    expect(lost?.data.errors[0].extensions.code).toBe('LIVE_UPDATES_INTERRUPTED');
    expect((await onB.next())?.event).toBe('complete');
    const refused = await subscribe(b.url);
    expect((await refused.next())?.data.errors[0].extensions.code).toBe('LIVE_UPDATES_UNAVAILABLE');
    // Sign-ins are refused rather than left uncounted.
    expect(await signIn(a.url, 'editor@parley.example')).toBe(503);
    await rename(a.url, 'Renamed while Redis was away');
    expect((await ask(b.url, summitQuery)).body.data.summit.title).toBe('Renamed while Redis was away');

    // Redis returns on its port: subscribing works again, and edits reach B's subscribers again.
    redis.server = await startRedis(redisPort);
    let again = await subscribe(b.url);
    for (let tries = 0; (await again.next(300).catch(() => null)) !== null; tries += 1) {
      expect(tries).toBeLessThan(30);
      again = await subscribe(b.url);
    }
    await rename(a.url, 'Renamed after Redis came back');
    expect((await again.next(1_000))?.data.data.summitUpdated.title).toBe('Renamed after Redis came back');

    // A is killed: B goes on serving queries, edits and subscriptions.
    a.child.kill('SIGKILL');
    await a.exited;
    await rename(b.url, 'Renamed through B alone');
    expect((await again.next(1_000))?.data.data.summitUpdated.title).toBe('Renamed through B alone');
    expect((await ask(b.url, summitQuery)).body.data.summit.title).toBe('Renamed through B alone');
    await again.cancel();
  }, 120_000);

  test('PARLEY_API_WORKERS=2: two workers share the port; one killed is replaced while the other serves', async () => {
    const database = await freshPostgresDatabase();
    onTestFinished(() => database.drop());
    const redisPort = await freePort();
    await startRedis(redisPort);
    const port = await freePort();
    const primary = startServer({
      PARLEY_STORE: 'db',
      DATABASE_URL: database.url,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      PARLEY_API_WORKERS: '2',
      PORT: String(port),
    });
    const url = `http://127.0.0.1:${port}/graphql`;
    const workerPids = async (from = 0) => {
      const pids = new Set<number>();
      while (pids.size < 2) {
        const line = await primary.waitFor(
          new RegExp(`worker (?!${[...pids].join('|') || 'x'})\\d+\\) on`),
          from,
        );
        pids.add(Number(/worker (\d+)\)/.exec(line)?.[1]));
      }
      return [...pids];
    };
    const [first, second] = await workerPids();
    expect((await ask(url, summitQuery)).body.data.summit.title).toEqual(expect.any(String));

    const seen = primary.lines.length;
    process.kill(first as number, 'SIGKILL');
    // Once the primary knows (until then it may still hand a new connection to the dead worker), the other
    // worker answers every query while the replacement starts (a fresh connection each).
    await primary.waitFor(new RegExp(`worker ${first} exited`), seen);
    for (let i = 0; i < 20; i += 1) expect((await ask(url, summitQuery)).status).toBe(200);
    const replacement = await primary.waitFor(/worker \d+\) on/, seen);
    expect(replacement).not.toMatch(new RegExp(`worker (${first}|${second})\\)`));
    expect((await ask(url, summitQuery)).status).toBe(200);

    primary.child.kill('SIGTERM');
    expect(await primary.exited).toBe(0);
  }, 120_000);
});
