import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStoreWithAccounts } from '../src/open-store.ts';
import { freshPostgresDatabase, postgresAvailable, tempDir } from './support/databases.ts';

const signInRequest = (email: string, password: string) =>
  new Request('http://localhost/api/auth/sign-in/email', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

const password = 'correct horse battery staple';

/** Opened twice on one database: at once (two API processes on PostgreSQL) or one after the other (PGlite). */
function describeAccounts(
  name: string,
  available: boolean,
  database: () => Promise<{
    options: { databaseUrl?: string; dataDir?: string };
    both: boolean;
    drop: () => Promise<void>;
  }>,
) {
  describe.runIf(available)(`accounts on ${name}`, () => {
    it('a session signed in through one opening is the viewer in the next: the generated secret is shared', async () => {
      const { options, both, drop } = await database();
      try {
        const first = await openStoreWithAccounts({ ...options, seed: false, accounts: { secret: null } });
        await first.accounts.addUser({ email: 'editor@parley.example', role: 'editor' }, password);
        const signedIn = await first.accounts.handler(signInRequest('editor@parley.example', password));
        expect(signedIn.status).toBe(200);
        const cookie = signedIn.headers.getSetCookie()[0]?.split(';')[0] ?? '';
        // The cookie is `token.signature`: another secret would not verify it.
        expect(cookie).toMatch(/^parley\.session_token=[^.]+\..+/);
        if (!both) await first.store.close();
        const second = await openStoreWithAccounts({ ...options, seed: false, accounts: { secret: null } });
        try {
          expect(await second.accounts.viewerOf(new Headers({ cookie }))).toMatchObject({
            email: 'editor@parley.example',
            role: 'editor',
          });
        } finally {
          await second.store.close();
          if (both) await first.store.close();
        }
      } finally {
        await drop();
      }
    });
  });
}

describeAccounts('PGlite', true, async () => {
  const dir = tempDir('accounts');
  return { options: { dataDir: join(dir.path, 'db') }, both: false, drop: async () => dir.remove() };
});

describeAccounts('PostgreSQL', await postgresAvailable(), async () => {
  const database = await freshPostgresDatabase();
  return { options: { databaseUrl: database.url }, both: true, drop: database.drop };
});
