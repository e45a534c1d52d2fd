import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import { type Accounts, openAccounts } from '../src/accounts/accounts.ts';
import { signInsPerAccount } from '../src/accounts/sign-in-failures.ts';
import type { Client, Db } from '../src/client.ts';
import { openClient } from '../src/open-store.ts';
import { authSignInFailures } from '../src/schema/index.ts';
import { freshPostgresDatabase, postgresAvailable, tempDir } from './support/databases.ts';

const email = 'editor@parley.example';
const password = 'correct horse battery staple';
const addressHeader = 'x-parley-client-address';

let sent = 0;
/** A sign-in's status, from an address of its own so that only the per-account limit can refuse it. */
async function signIn(accounts: Accounts, secret: string | null): Promise<number> {
  sent += 1;
  const request = new Request('http://localhost/api/auth/sign-in/email', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [addressHeader]: `10.0.${sent >> 8}.${sent & 255}` },
    body: JSON.stringify({ email, password: secret }),
  });
  return (await accounts.handler(request)).status;
}

/** The account's count in `auth_sign_in_failures`; undefined when it has no row. */
async function failuresOf(db: Db) {
  const [row] = await db
    .select({ count: authSignInFailures.count })
    .from(authSignInFailures)
    .where(eq(authSignInFailures.email, email));
  return row?.count;
}

/** Openings of the accounts on one new database holding the account (PGlite has one), and that database. */
type Opened = { instances: Accounts[]; db: Db };

function describeLimit(name: string, available: boolean, open: () => Promise<Opened>) {
  describe.runIf(available)(`the per-account sign-in limit on ${name}`, () => {
    it('20 wrong passwords sent at once get 5 answers 401 and 15 429; the right one then waits for the window', async () => {
      const { instances, db } = await open();
      const through = (i: number) => instances[i % instances.length] as Accounts;
      const statuses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => signIn(through(i), 'a guessed password')),
      );
      expect(statuses.filter((status) => status === 401)).toHaveLength(5);
      expect(statuses.filter((status) => status === 429)).toHaveLength(15);
      // A refused attempt counts nothing: no more than the 5 guesses it let through.
      expect(await failuresOf(db)).toBe(5);
      expect(await signIn(through(0), password)).toBe(429);

      // The window passes (its start moved back past it): the right password signs in and forgets the failures.
      await db
        .update(authSignInFailures)
        .set({ firstAt: sql`now() - make_interval(secs => ${signInsPerAccount.windowSeconds + 1})` });
      expect(await signIn(through(1), password)).toBe(200);
      expect(await failuresOf(db)).toBeUndefined();
    });

    it('a malformed sign-in (400) gives its attempt back, and forgets no failures', async () => {
      const { instances, db } = await open();
      const through = (i: number) => instances[i % instances.length] as Accounts;
      for (let i = 0; i < 4; i += 1) expect(await signIn(through(i), 'a guessed password')).toBe(401);
      const statuses: number[] = [];
      for (let i = 0; i < 10; i += 1) statuses.push(await signIn(through(i), null));
      expect(statuses).toEqual(Array(10).fill(400));
      expect(await failuresOf(db)).toBe(4);
      expect(await signIn(through(0), 'a guessed password')).toBe(401);
      expect(await signIn(through(1), password)).toBe(429);
    });
  });
}

/** Opens `count` clients and their accounts on one database; closes them, then disposes of it, after the test. */
async function openInstances(
  options: { dataDir?: string; databaseUrl?: string },
  count: number,
  dispose: () => unknown,
): Promise<Opened> {
  const clients: Client[] = [];
  onTestFinished(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await dispose();
  });
  for (let i = 0; i < count; i += 1) clients.push(await openClient({ ...options, seed: false }));
  const instances = await Promise.all(
    clients.map((client) =>
      openAccounts(client.db, { secret: 'a secret these tests share, 32+ characters', addressHeader }),
    ),
  );
  await instances[0]?.addUser({ email, role: 'editor' }, password);
  return { instances, db: (clients[0] as Client).db };
}

describeLimit('PGlite', true, async () => {
  const dir = tempDir('sign-in-limit');
  return openInstances({ dataDir: join(dir.path, 'db') }, 1, dir.remove);
});

describeLimit('PostgreSQL, counted by two processes', await postgresAvailable(), async () => {
  const database = await freshPostgresDatabase();
  return openInstances({ databaseUrl: database.url }, 2, database.drop);
});
