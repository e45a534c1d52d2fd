import { setTimeout as sleep } from 'node:timers/promises';
import type { Store, Viewer } from '@parley/domain';
import { createSchema, createYoga } from 'graphql-yoga';
import { expect, test } from 'vitest';
import { useWriteFirst } from '../src/plugins/write-first.ts';
import { createParleyYoga } from '../src/yoga.ts';
import { pgliteStoreWithAccounts } from './store.ts';
import { post } from './yoga.ts';

const { store, accounts } = await pgliteStoreWithAccounts({ trustedOrigins: [], secureCookies: true });
await accounts.addUser({ email: 'editor@parley.example', role: 'editor' }, 'correct horse battery staple');
const headers = { authorization: `Bearer ${(await accounts.createToken('editor@parley.example')).token}` };

/** The store calls as they start, each taking 2 ms: the edit's are its `load` of the statement and `commit`. */
function recorded(started: string[]): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || key === 'onChange' || key === 'close') return value;
      return async (...args: unknown[]) => {
        const edit = key === 'commit' || (key === 'load' && args[0] === 'statement');
        started.push(edit ? `edit:${String(key)}` : 'read');
        await sleep(2);
        return value.apply(target, args);
      };
    },
  });
}

const page = `{ summits(first: 5) { nodes { title meetings(first: 5) { nodes { title participants { person { name } } } }
  statements(first: 5) { nodes { quote speaker { name } } } } } }`;
const edit = `mutation ($input: UpdateStatementInput!) {
  updateStatement(input: $input) { statement { revision } userErrors { code } } }`;

/** The server over the recording store, with a hold longer than the test (a busy machine makes calls slow). */
const server = (started: string[]) =>
  createParleyYoga({
    store: recorded(started),
    accounts,
    config: { nodeEnv: 'production', corsOrigins: [], logLevel: 'silent', responseCache: false },
    schedule: { slots: 2, burst: 50, writeHoldMs: 60_000 },
  });

test("an editor's mutation runs ahead of readers: no reader's store call starts between its first and last", async () => {
  const started: string[] = [];
  const yoga = server(started);
  const [statement] = (await post(yoga, '{ statements(first: 1) { nodes { id revision } } }')).body.data
    .statements.nodes;
  started.length = 0;
  // Readers busy on every slot, then the edit among them.
  const reads = Array.from({ length: 6 }, () => post(yoga, page));
  await sleep(5);
  const input = {
    id: statement.id,
    expectedRevision: statement.revision,
    paraphrase: 'Edited.',
    reason: 'test',
  };
  const written = await post(yoga, edit, { input }, headers);
  expect(written.body.data.updateStatement).toEqual({
    statement: { revision: statement.revision + 1 },
    userErrors: [],
  });
  for (const read of await Promise.all(reads))
    expect(read.body.errors, JSON.stringify(read.body.errors)).toBeUndefined();
  const first = started.indexOf('edit:load');
  const last = started.indexOf('edit:commit');
  expect(first).toBeGreaterThan(0);
  expect(started.slice(first, last + 1)).toEqual(['edit:load', 'edit:commit']);
});

test('only a signed-in viewer’s mutation holds readers back, until it is done; an anonymous one, or a query, holds none', async () => {
  const holds: string[] = [];
  const yoga = createYoga<{ viewer: Viewer | null }>({
    schema: createSchema({
      typeDefs: 'type Query { ok: Boolean } type Mutation { ok: Boolean }',
      resolvers: { Query: { ok: () => true }, Mutation: { ok: () => true } },
    }),
    context: ({ request }) => ({
      viewer: request.headers.get('x-viewer') ? { id: 'account:1', email: 'e@x', role: 'editor' } : null,
    }),
    plugins: [
      useWriteFirst({
        hold: (request) => {
          holds.push(request.headers.get('x-viewer') ?? 'anonymous');
          return () => holds.push('released');
        },
      }),
    ],
  });
  const send = (query: string, viewer?: string) =>
    post(yoga as never, query, {}, viewer ? { 'x-viewer': viewer } : {});
  await send('mutation { ok }');
  await send('{ ok }', 'editor');
  await send('mutation { ok }', 'editor');
  expect(holds).toEqual(['editor', 'released']);
});
