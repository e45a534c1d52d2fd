import { describe, expect, test } from 'vitest';
import { createParleyYoga } from '../src/yoga.ts';
import { pgliteStoreWithAccounts } from './store.ts';
import { post } from './yoga.ts';

const { store, accounts } = await pgliteStoreWithAccounts({ trustedOrigins: [], secureCookies: true });
const yoga = createParleyYoga({
  store,
  accounts,
  config: { nodeEnv: 'production', corsOrigins: [], logLevel: 'silent' },
});
const password = 'correct horse battery staple';
await accounts.addUser({ email: 'editor@parley.example', role: 'editor' }, password);
await accounts.addUser({ email: 'admin@parley.example', role: 'admin' }, password);
const bearer = async (email: string) => ({
  authorization: `Bearer ${(await accounts.createToken(email)).token}`,
});

const createPlace = `mutation ($input: CreatePlaceInput!) {
  createPlace(input: $input) { place { name revision history { nodes { actorId } } } userErrors { code } }
}`;
const places = '{ stats { places } }';
const changes = '{ changes(first: 1) { nodes { type revision } } }';

describe('mutations through the API, on PGlite with accounts', () => {
  test('an anonymous call is UNAUTHENTICATED and writes nothing; an editor’s token writes, seen at once', async () => {
    const before = (await post(yoga, places)).body.data.stats.places;
    // Asked twice: the second answer is the cache's, which the write must drop.
    expect((await post(yoga, places)).body.data.stats.places).toBe(before);
    const input = { name: 'Hanoi', kind: 'CITY' };
    const refused = await post(yoga, createPlace, { input });
    expect(refused.body.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    expect((await store.stats()).place).toBe(before);

    const written = await post(yoga, createPlace, { input }, await bearer('editor@parley.example'));
    expect(written.body.errors).toBeUndefined();
    const { place, userErrors } = written.body.data.createPlace;
    expect(userErrors).toEqual([]);
    expect(place).toMatchObject({ name: 'Hanoi', revision: 1 });
    const [account] = place.history.nodes;
    expect(account.actorId).toEqual(expect.any(String));
    expect(account.actorId).not.toBe('import');
    await expect.poll(async () => (await post(yoga, places)).body.data.stats.places).toBe(before + 1);
  });

  test('the audit log is FORBIDDEN to an editor and open to an admin', async () => {
    const forbidden = await post(yoga, changes, {}, await bearer('editor@parley.example'));
    expect(forbidden.body.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    const allowed = await post(yoga, changes, {}, await bearer('admin@parley.example'));
    expect(allowed.body.errors).toBeUndefined();
    expect(allowed.body.data.changes.nodes).toHaveLength(1);
  });
});
