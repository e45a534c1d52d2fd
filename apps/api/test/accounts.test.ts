import { afterEach, describe, expect, test, vi } from 'vitest';
import { createParleyYoga } from '../src/yoga.ts';
import { pgliteStoreWithAccounts } from './store.ts';
import { post } from './yoga.ts';

const site = 'https://parley.example';
const { store, accounts } = await pgliteStoreWithAccounts({
  trustedOrigins: [site],
  secureCookies: true,
  addressHeader: 'x-parley-client-address',
});
const yoga = createParleyYoga({
  store,
  accounts,
  config: { nodeEnv: 'production', corsOrigins: [site], logLevel: 'silent' },
});

const password = 'correct horse battery staple';
const editor = await accounts.addUser({ email: 'editor@parley.example', role: 'editor' }, password);
await accounts.addUser({ email: 'admin@parley.example', role: 'admin' }, password);

const viewerQuery = '{ viewer { email role } }';
const viewerWith = async (headers: Record<string, string>) =>
  (await post(yoga, viewerQuery, {}, headers)).body;

let address = 0;
/** A sign-in through better-auth's route, from a client address of its own unless one is given. */
const signIn = (email: string, secret: string, headers: Record<string, string> = {}) =>
  yoga.fetch('http://localhost/api/auth/sign-in/email', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-parley-client-address': `192.0.2.${++address}`,
      ...headers,
    },
    body: JSON.stringify({ email, password: secret }),
  });

/** The `name=value` of the session cookie a response sets. */
const cookieOf = (response: Response) => response.headers.getSetCookie()[0]?.split(';')[0] ?? '';

afterEach(() => {
  vi.useRealTimers();
});

describe('viewer', () => {
  test('is null for an anonymous reader', async () => {
    expect(await viewerWith({})).toEqual({ data: { viewer: null } });
  });

  test('is the account of a bearer token', async () => {
    const { token } = await accounts.createToken('admin@parley.example');
    expect(await viewerWith({ authorization: `Bearer ${token}` })).toEqual({
      data: { viewer: { email: 'admin@parley.example', role: 'ADMIN' } },
    });
  });

  test('is the account signed in through /api/auth, by its session cookie', async () => {
    const response = await signIn(editor.email, password);
    expect(response.status).toBe(200);
    const cookie = cookieOf(response);
    expect(cookie).toMatch(/^__Secure-parley\.session_token=/);
    expect(await viewerWith({ cookie })).toEqual({
      data: { viewer: { email: editor.email, role: 'EDITOR' } },
    });
    // The site's own pages send it too.
    expect(await viewerWith({ cookie, origin: site })).toEqual({
      data: { viewer: { email: editor.email, role: 'EDITOR' } },
    });
  });

  // Reads stay public: a script whose token lapsed still reads, and a write says UNAUTHENTICATED (requireRole).
  test('is null for an unknown or expired token, and for a wrong password', async () => {
    expect(await viewerWith({ authorization: 'Bearer not-a-token' })).toEqual({ data: { viewer: null } });
    const { token } = await accounts.createToken(editor.email);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 366 * 86_400_000 });
    expect(await viewerWith({ authorization: `Bearer ${token}` })).toEqual({ data: { viewer: null } });
    vi.useRealTimers();
    expect((await signIn(editor.email, 'not the password at all')).status).toBe(401);
  });
});

describe("a revision's author", () => {
  test('is named by email to editors, and to nobody else', async () => {
    const { token } = await accounts.createToken(editor.email);
    const bearer = { authorization: `Bearer ${token}` };
    const person = (await post(yoga, '{ person(slug: "donald-trump") { id revision } }', {})).body.data
      .person;
    const updated = await post(
      yoga,
      `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { userErrors { message } } }`,
      {
        input: { id: person.id, expectedRevision: person.revision, aliases: ['DJT'], reason: 'author test' },
      },
      bearer,
    );
    expect(updated.body.data.updatePerson.userErrors).toEqual([]);
    const history = '{ person(slug: "donald-trump") { history(first: 2) { nodes { reason actorEmail } } } }';
    const authors = async (headers: Record<string, string>) =>
      (await post(yoga, history, {}, headers)).body.data.person.history.nodes;
    expect(await authors(bearer)).toEqual([
      { reason: 'author test', actorEmail: editor.email },
      { reason: null, actorEmail: null },
    ]);
    expect((await authors({})).map((node: { actorEmail: unknown }) => node.actorEmail)).toEqual([null, null]);
  });
});

describe('sign-in limits', () => {
  test('one address gets 429 after 10 attempts a minute; another address still signs in', async () => {
    const from = { 'x-parley-client-address': '198.51.100.7' };
    const statuses: number[] = [];
    // A different account each time, so that only the address's count can refuse.
    for (let i = 0; i < 11; i++)
      statuses.push((await signIn(`nobody${i}@parley.example`, 'wrong password!', from)).status);
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
    expect((await signIn('admin@parley.example', password)).status).toBe(200);
  });

  test('one account gets 429 after 5 failures, from whatever addresses, even with the right password', async () => {
    const email = 'target@parley.example';
    await accounts.addUser({ email, role: 'editor' }, password);
    for (let i = 0; i < 5; i++) expect((await signIn(email, 'a guessed password')).status).toBe(401);
    expect((await signIn(email, password)).status).toBe(429);
    // Other accounts are not held up.
    expect((await signIn('admin@parley.example', password)).status).toBe(200);
  });
});

describe('a session cookie from another site', () => {
  test('is refused with 403 before anything runs', async () => {
    const cookie = cookieOf(await signIn('admin@parley.example', password));
    const crossSite: Record<string, string>[] = [
      { cookie, origin: 'https://evil.example' },
      { cookie, origin: 'null' },
      // A navigation or a no-cors request sends no Origin, but says where it comes from.
      { cookie, 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of crossSite) {
      const { status, body } = await post(yoga, viewerQuery, {}, headers);
      expect(status).toBe(403);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // Nor sign the reader out: the rule holds on /api/auth too.
    const signOut = await yoga.fetch('http://localhost/api/auth/sign-out', {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(signOut.status).toBe(403);
    expect(await viewerWith({ cookie })).toMatchObject({
      data: { viewer: { email: 'admin@parley.example' } },
    });
  });

  test('a page elsewhere cannot sign a reader in to its account', async () => {
    const response = await signIn('admin@parley.example', password, { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
  });
});

describe('without accounts (the memory store)', () => {
  const memory = createParleyYoga({
    store,
    config: { nodeEnv: 'production', corsOrigins: [], logLevel: 'silent' },
  });

  test('every request is anonymous and /api/auth is not there', async () => {
    const { token } = await accounts.createToken('admin@parley.example');
    expect((await post(memory, viewerQuery, {}, { authorization: `Bearer ${token}` })).body).toEqual({
      data: { viewer: null },
    });
    expect((await memory.fetch('http://localhost/api/auth/get-session')).status).toBe(404);
  });
});

// The viewer's answer depends on who asks: it must never be cached (response-cache.ts skips credentials).
test('an anonymous answer is never served to a signed-in viewer, nor theirs to anyone', async () => {
  const { token } = await accounts.createToken(editor.email);
  expect(await viewerWith({})).toEqual({ data: { viewer: null } });
  expect(await viewerWith({ authorization: `Bearer ${token}` })).toMatchObject({
    data: { viewer: { role: 'EDITOR' } },
  });
  expect(await viewerWith({})).toEqual({ data: { viewer: null } });
});
