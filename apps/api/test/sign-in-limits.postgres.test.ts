import { type AccountsOptions, openStoreWithAccounts } from '@parley/db';
import { freshPostgresDatabase, postgresAvailable } from '@parley/db/testing';
import { describe, expect, onTestFinished, test } from 'vitest';
import { openRedis } from '../src/redis.ts';
import { createParleyYoga } from '../src/yoga.ts';
import { freePort, redisServerAvailable, startRedis } from './api-process.ts';
import { post } from './yoga.ts';

const available = (await postgresAvailable()) && redisServerAvailable();

const password = 'correct horse battery staple';
const addressHeader = 'x-parley-client-address';

/**
 * One PostgreSQL database and one Redis of the test's own, and API instances over them as separate processes
 * would have: each its own database pool, its own better-auth and its own Yoga.
 */
async function sharedServices() {
  const database = await freshPostgresDatabase();
  onTestFinished(() => database.drop());
  const redisPort = await freePort();
  const redisServer = await startRedis(redisPort);
  const redis = await openRedis(`redis://127.0.0.1:${redisPort}`);
  onTestFinished(() => redis.close());
  const instance = async (counter: AccountsOptions['redis'] = redis.commands) => {
    const { store, accounts } = await openStoreWithAccounts({
      databaseUrl: database.url,
      accounts: { secret: 'a secret the instances share, 32+ characters', addressHeader, redis: counter },
    });
    onTestFinished(() => store.close());
    const yoga = createParleyYoga({
      store,
      accounts,
      config: { nodeEnv: 'production', corsOrigins: [], logLevel: 'silent' },
    });
    /** A sign-in through better-auth's route from `address` (a null password makes it malformed). */
    const signIn = (email: string, secret: string | null, address: string) =>
      yoga.fetch('http://localhost/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json', [addressHeader]: address },
        body: JSON.stringify({ email, password: secret }),
      });
    return { yoga, accounts, signIn };
  };
  return { redisServer, redis: redis.commands, instance };
}

describe.runIf(available)('sign-in limits through Redis, shared by two API instances', () => {
  test('10 per address a minute and 5 failures per account, counted together, in keys that expire', async () => {
    const { redis, instance } = await sharedServices();
    const [a, b] = [await instance(), await instance()];
    await a.accounts.addUser({ email: 'editor@parley.example', role: 'editor' }, password);
    await a.accounts.addUser({ email: 'admin@parley.example', role: 'admin' }, password);
    const through = (i: number) => (i % 2 ? a : b);

    // One address, a different unknown account each time: only the address's count can refuse the 11th.
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1)
      statuses.push(
        (await through(i).signIn(`nobody${i}@parley.example`, 'a wrong password', '198.51.100.7')).status,
      );
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
    const [addressKey] = await redis.keys('parley:auth-limit:198.51.100.7*');
    expect(addressKey).toBeDefined();
    expect(Number(await redis.get(addressKey as string))).toBe(10);
    expect(await redis.pttl(addressKey as string)).toBeGreaterThan(0);
    expect(await redis.pttl(addressKey as string)).toBeLessThanOrEqual(60_000);

    // One account, a different address each time: the 6th, with the right password, is refused by the other.
    for (let i = 0; i < 5; i += 1)
      expect(
        (await through(i).signIn('editor@parley.example', 'a guessed password', `192.0.2.${i}`)).status,
      ).toBe(401);
    expect((await through(5).signIn('editor@parley.example', password, '192.0.2.5')).status).toBe(429);
    const accountKey = 'parley:sign-in-failures:editor@parley.example';
    expect(await redis.get(accountKey)).toBe('5');
    expect(await redis.ttl(accountKey)).toBeGreaterThan(0);
    expect(await redis.ttl(accountKey)).toBeLessThanOrEqual(15 * 60);

    // A successful sign-in forgets its account's failures.
    expect((await a.signIn('admin@parley.example', 'a guessed password', '192.0.2.10')).status).toBe(401);
    expect(await redis.get('parley:sign-in-failures:admin@parley.example')).toBe('1');
    expect((await b.signIn('admin@parley.example', password, '192.0.2.11')).status).toBe(200);
    expect(await redis.exists('parley:sign-in-failures:admin@parley.example')).toBe(0);
  });

  test('20 wrong passwords for one account at once, through both: 5 answered 401, 15 429, until the window passes', async () => {
    const { redis, instance } = await sharedServices();
    const [a, b] = [await instance(), await instance()];
    await a.accounts.addUser({ email: 'editor@parley.example', role: 'editor' }, password);
    const statuses = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const response = await (i % 2 ? a : b).signIn(
          'editor@parley.example',
          'a guessed password',
          `192.0.2.${i}`,
        );
        return response.status;
      }),
    );
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    // A refused attempt counts nothing: no more than the 5 guesses it let through.
    const accountKey = 'parley:sign-in-failures:editor@parley.example';
    expect(await redis.get(accountKey)).toBe('5');
    expect((await a.signIn('editor@parley.example', password, '192.0.2.100')).status).toBe(429);

    // The window passes: its key expires, and the right password signs in.
    await redis.pexpire(accountKey, 1);
    await expect.poll(() => redis.exists(accountKey)).toBe(0);
    expect((await b.signIn('editor@parley.example', password, '192.0.2.101')).status).toBe(200);
  });

  test('a malformed sign-in (400) gives its attempt back, and forgets no failures', async () => {
    const { redis, instance } = await sharedServices();
    const [a, b] = [await instance(), await instance()];
    await a.accounts.addUser({ email: 'editor@parley.example', role: 'editor' }, password);
    const through = (i: number) => (i % 2 ? a : b);
    const email = 'editor@parley.example';
    for (let i = 0; i < 4; i += 1)
      expect((await through(i).signIn(email, 'a guessed password', `192.0.2.${i}`)).status).toBe(401);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1)
      statuses.push((await through(i).signIn(email, null, `192.0.2.${10 + i}`)).status);
    expect(statuses).toEqual(Array(10).fill(400));
    expect(await redis.get(`parley:sign-in-failures:${email}`)).toBe('4');
    expect((await a.signIn(email, 'a guessed password', '192.0.2.30')).status).toBe(401);
    expect((await b.signIn(email, password, '192.0.2.31')).status).toBe(429);
  });

  test('while Redis cannot count, a sign-in is refused (503) and queries are answered', async () => {
    const { redisServer, redis, instance } = await sharedServices();
    // Its per-account counter fails, its per-address one counts: the per-account limit's refusal is seen.
    const accountsAway = await instance({
      eval: (script, keys, key, ...args) =>
        String(key).startsWith('parley:sign-in-failures:')
          ? Promise.reject(new Error('Connection is closed.'))
          : redis.eval(script, keys, key as string, ...args),
    });
    const refusedByAccount = await accountsAway.signIn('editor@parley.example', password, '192.0.2.1');
    expect(refusedByAccount.status).toBe(503);
    expect((await refusedByAccount.json()).code).toBe('SIGN_IN_LIMITS_UNAVAILABLE');

    const a = await instance();
    redisServer.child.kill('SIGKILL');
    await redisServer.exited;
    const refused = await a.signIn('editor@parley.example', password, '192.0.2.2');
    expect(refused.status).toBe(503);
    expect(await refused.json()).toEqual({
      code: 'SIGN_IN_LIMITS_UNAVAILABLE',
      message: expect.stringMatching(/cannot be counted/),
    });
    const query = await post(a.yoga, '{ summits(first: 1) { nodes { title } } }');
    expect(query.status).toBe(200);
    expect(query.body.data.summits.nodes).toHaveLength(1);
  });
});
