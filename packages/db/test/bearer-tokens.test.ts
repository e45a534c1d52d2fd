import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Accounts, openAccounts } from '../src/accounts/accounts.ts';
import type { Client } from '../src/client.ts';
import { openClient } from '../src/open-store.ts';
import { rowsOf } from '../src/store/rows.ts';
import { tempDir } from './support/databases.ts';

const email = 'script@parley.example';
const password = 'correct horse battery staple';
const bearer = (token: string, scheme = 'Bearer') => new Headers({ authorization: `${scheme} ${token}` });

describe('bearer tokens', () => {
  const dir = tempDir('bearer-tokens');
  let client: Client;
  let accounts: Accounts;
  beforeAll(async () => {
    client = await openClient({ dataDir: join(dir.path, 'db'), seed: false });
    accounts = await openAccounts(client.db, { secret: 'a test secret of thirty-two characters!' });
    await accounts.addUser({ email, role: 'editor' }, password);
  });
  afterAll(async () => {
    await client.close();
    dir.remove();
  });

  it("a token from `tokens create` names its account, in any case of the scheme, with the account's role as stored now", async () => {
    const { token } = await accounts.createToken(email);
    expect(await accounts.viewerOf(bearer(token))).toMatchObject({ email, role: 'editor' });
    expect(await accounts.viewerOf(bearer(token, 'bearer'))).toMatchObject({ email });
    await client.db.execute(sql`update auth_users set role = 'admin' where email = ${email}`);
    expect(await accounts.viewerOf(bearer(token))).toMatchObject({ role: 'admin' });
    await client.db.execute(sql`update auth_users set role = 'editor' where email = ${email}`);
  });

  const signIn = () =>
    accounts.handler(
      new Request('http://localhost/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      }),
    );

  it('the signed token a sign-in answers (set-auth-token) is checked by better-auth, and a wrong signature is refused', async () => {
    const signedIn = await signIn();
    const signed = signedIn.headers.get('set-auth-token') ?? '';
    expect(signed).toMatch(/^[^.]+\..+/);
    expect(await accounts.viewerOf(bearer(signed))).toMatchObject({ email });
    expect(await accounts.viewerOf(bearer(`${signed.split('.')[0]}.forged`))).toBeNull();
  });

  it("a browser's session sent as a bearer token is renewed by better-auth, as its cookie would be", async () => {
    const { token } = (await (await signIn()).json()) as { token: string };
    // A week-long session with a day left: due for renewal.
    await client.db.execute(
      sql`update auth_sessions set expires_at = now() + interval '1 day' where token = ${token}`,
    );
    expect(await accounts.viewerOf(bearer(token))).toMatchObject({ email });
    const [session] = rowsOf<{ renewed: boolean }>(
      await client.db.execute(
        sql`select expires_at > now() + interval '5 days' as renewed from auth_sessions where token = ${token}`,
      ),
    );
    expect(session?.renewed).toBe(true);
  });

  it('an unknown, an expired and a revoked token name nobody, from the next request on', async () => {
    expect(await accounts.viewerOf(bearer('no-such-token'))).toBeNull();
    const expired = (await accounts.createToken(email)).token;
    await client.db.execute(
      sql`update auth_sessions set expires_at = now() - interval '1 minute' where token = ${expired}`,
    );
    expect(await accounts.viewerOf(bearer(expired))).toBeNull();
    const revoked = (await accounts.createToken(email)).token;
    expect(await accounts.viewerOf(bearer(revoked))).toMatchObject({ email });
    await client.db.execute(sql`delete from auth_sessions where token = ${revoked}`);
    expect(await accounts.viewerOf(bearer(revoked))).toBeNull();
  });
});
