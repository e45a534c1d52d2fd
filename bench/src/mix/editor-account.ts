import { randomBytes } from 'node:crypto';
import { benchAuthSecret } from '../harness/spawn-server.ts';
import { runInProcess } from '../in-process.ts';
import type { ImportTarget } from '../load-data.ts';
import type { Revisions } from './edits.ts';

const editorEmail = 'mix-editor@parley.example';

type Page = {
  statements: {
    pageInfo: { hasNextPage: boolean; endCursor: string };
    nodes: { id: string; revision: number; paraphrase: string | null }[];
  };
};

/**
 * Over a filled database, before the server opens it (a PGlite folder opens in one process at a time): an
 * editor's account and bearer token, as `db users add --role editor` and `db tokens create` make them, and the
 * first `count` statements in list order with the revision each has.
 */
export async function prepareEditing(
  target: ImportTarget,
  count: number,
): Promise<{ token: string; revisions: Revisions }> {
  const { openStoreWithAccounts } = await import('@parley/db');
  const { store, accounts } = await openStoreWithAccounts({
    ...target,
    seed: false,
    accounts: { secret: benchAuthSecret, trustedOrigins: [], secureCookies: true },
  });
  try {
    await accounts.addUser({ email: editorEmail, role: 'editor' }, randomBytes(18).toString('base64url'));
    const { token } = await accounts.createToken(editorEmail);
    const revisions: Revisions = new Map();
    let after: string | null = null;
    while (revisions.size < count) {
      const { statements }: Page = await runInProcess<Page>(
        store,
        'query Revisions($first: Int!, $after: String) { statements(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id revision paraphrase } } }',
        { first: Math.min(100, count - revisions.size), after },
      );
      for (const { id, revision, paraphrase } of statements.nodes)
        revisions.set(id, { revision, paraphrase });
      if (!statements.pageInfo.hasNextPage) break;
      after = statements.pageInfo.endCursor;
    }
    return { token, revisions };
  } finally {
    await store.close();
  }
}
