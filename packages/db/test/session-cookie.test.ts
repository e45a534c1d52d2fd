import { describe, expect, it } from 'vitest';
import { createAuth } from '../src/accounts/auth.ts';
import { sessionCookieName } from '../src/accounts/session-cookie.ts';
import type { Db } from '../src/client.ts';

// The accounts tell a request with a session cookie without loading better-auth: the name must be its own.
describe('the session cookie is named as better-auth names it', () => {
  for (const secure of [false, true]) {
    it(secure ? 'secure cookies' : 'plain cookies', async () => {
      // Naming the cookies reads no table: no database is needed.
      const auth = createAuth({} as Db, { secret: 'x'.repeat(32), secureCookies: secure });
      expect((await auth.$context).authCookies.sessionToken.name).toBe(sessionCookieName(secure));
    });
  }
});
