import { openStoreWithAccounts } from '@parley/db';
import { freshPostgresDatabase, postgresAvailable } from '@parley/db/testing';
import { describe, expect, onTestFinished, test } from 'vitest';
import { createParleyYoga } from '../src/yoga.ts';
import { post } from './yoga.ts';

const available = await postgresAvailable();

const statementQuery = `query ($id: ID!) {
  node(id: $id) { ... on Statement { paraphrase revision history(first: 50) { nodes { revision } } } }
}`;
const updateStatement = `mutation ($input: UpdateStatementInput!) {
  updateStatement(input: $input) { statement { revision } userErrors { field code } }
}`;

/** One API process over the database: its own client, accounts and response cache. */
async function apiInstance(url: string) {
  const { store, accounts } = await openStoreWithAccounts({
    databaseUrl: url,
    accounts: { secret: null, trustedOrigins: [], secureCookies: true },
  });
  const yoga = createParleyYoga({
    store,
    accounts,
    config: { nodeEnv: 'production', corsOrigins: [], logLevel: 'silent' },
  });
  return { store, accounts, yoga };
}

describe.runIf(available)('two API processes editing one PostgreSQL database', () => {
  test('racing edits of one revision: exactly one wins; the winner is seen through the other process', async () => {
    const database = await freshPostgresDatabase();
    const instances: Awaited<ReturnType<typeof apiInstance>>[] = [];
    onTestFinished(async () => {
      for (const { yoga, store } of instances) {
        await yoga.dispose();
        await store.close();
      }
      await database.drop();
    });
    // One after the other: the first seeds the database and keeps the generated secret the second reads.
    const a = await apiInstance(database.url);
    instances.push(a);
    const b = await apiInstance(database.url);
    instances.push(b);
    await a.accounts.addUser(
      { email: 'editor@parley.example', role: 'editor' },
      'correct horse battery staple',
    );
    const auth = { authorization: `Bearer ${(await a.accounts.createToken('editor@parley.example')).token}` };

    const listed = await post(b.yoga, '{ statements(first: 1) { nodes { id revision } } }');
    const [{ id, revision }] = listed.body.data.statements.nodes;
    const read = async (yoga: typeof a.yoga) => {
      const response = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: statementQuery, variables: { id } }),
      });
      return { etag: response.headers.get('etag'), node: (await response.json()).data.node };
    };
    // B's anonymous answer is stored (it has an ETag once the cache listens for changes) before anyone writes.
    let before = await read(b.yoga);
    for (let i = 0; !before.etag && i < 100; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      before = await read(b.yoga);
    }
    expect(before.etag).toBeTruthy();
    expect(before.node.history.nodes).toHaveLength(revision);

    // Ten editors, half on each process, all naming the revision they read.
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        post(
          (i % 2 ? b : a).yoga,
          updateStatement,
          {
            input: { id, expectedRevision: revision, paraphrase: `Edit number ${i}.`, reason: 'race' },
          },
          auth,
        ),
      ),
    );
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    const payloads = answers.map((answer) => answer.body.data.updateStatement);
    const winners = payloads.filter((payload) => payload.userErrors.length === 0);
    expect(winners).toHaveLength(1);
    expect(winners[0].statement.revision).toBe(revision + 1);
    const losers = payloads.filter((payload) => payload.userErrors.length > 0);
    expect(losers).toHaveLength(9);
    for (const loser of losers)
      expect(loser.userErrors.map((e: { code: string }) => e.code)).toEqual(['CONFLICT']);
    // Read through A, which has not cached this question.
    expect((await read(a.yoga)).node.history.nodes).toHaveLength(revision + 1);

    // Then one more edit through A: B's cached answer must give way within 2 s.
    const followUp = await post(
      a.yoga,
      updateStatement,
      {
        input: { id, expectedRevision: revision + 1, paraphrase: 'Seen everywhere.', reason: 'follow-up' },
      },
      auth,
    );
    expect(followUp.body.data.updateStatement.userErrors).toEqual([]);
    await expect
      .poll(async () => (await read(b.yoga)).node.paraphrase, { timeout: 2_000, interval: 25 })
      .toBe('Seen everywhere.');
  });
});
