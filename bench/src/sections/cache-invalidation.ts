import { DataDirError, importRecords, openStore } from '@parley/db';
import { syntheticSource } from '@parley/domain/testing';
import { progress } from '../harness/progress.ts';
import { spawnServer } from '../harness/spawn-server.ts';
import { statementsPage } from '../operations.ts';
import { prepareStore, type StoreKind } from '../stores.ts';

/** Whether a response-cached server can serve data older than the store's, per store. */
export interface CacheCheck {
  store: StoreKind;
  /** True when a write by another process went unseen by the cached server. */
  stale: boolean;
  detail: string;
}

const totalCount = async (url: string) => {
  const { query, variables } = statementsPage(1);
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: { statements?: { totalCount?: number } } };
  const count = body.data?.statements?.totalCount;
  if (typeof count !== 'number') throw new Error(`no totalCount in ${JSON.stringify(body).slice(0, 200)}`);
  return count;
};

// One more statement, by the synthetic person every dataset has, through the same import path.
const extraStatement = JSON.stringify({
  type: 'statement',
  record: {
    id: 'statement:synthetic-cache-probe',
    slug: 'synthetic-cache-probe',
    kind: 'STATEMENT',
    quote: 'Synthetic remark written while a cached server runs.',
    paraphrase: null,
    speakerId: 'person:synthetic-000000',
    organizationId: null,
    date: { text: null, edtf: '2019-01-18', earliest: '2019-01-18', latest: '2019-01-18', precision: 'DAY' },
    venueId: null,
    topicIds: [],
    summitId: null,
    meetingId: null,
    relations: [],
    citations: [{ sourceId: syntheticSource.id, excerpt: 'Synthetic cache probe.' }],
  },
});

/**
 * Runs Parley's response-cached server and has another process write while it runs: PGlite must refuse the
 * writer (its folder lock); PostgreSQL accepts it, and the server must then answer the new count.
 */
export async function checkCacheInvalidation(kind: Exclude<StoreKind, 'memory'>): Promise<CacheCheck> {
  progress(`improvements: can a response-cached server on ${kind} serve stale data?`);
  const prepared = await prepareStore(kind, 1000);
  // Parley's own server, whose cache listens to the store's change notifications.
  const server = await spawnServer({ server: 'parley', store: prepared.spec, options: {} });
  try {
    const before = await totalCount(server.url);
    const target = prepared.spec.kind === 'pglite' ? { dataDir: prepared.spec.dataDir } : prepared.spec;
    try {
      const writer = await openStore({ ...target, seed: false });
      try {
        await importRecords(writer, extraStatement);
      } finally {
        await writer.close();
      }
    } catch (error) {
      if (!(error instanceof DataDirError)) throw error;
      return {
        store: kind,
        stale: false,
        detail: `another process cannot write: ${error.message.split(';')[0]}`,
      };
    }
    // The change notification arrives asynchronously: give it up to two seconds.
    let after = await totalCount(server.url);
    for (let i = 0; i < 20 && after === before; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await totalCount(server.url);
    }
    return {
      store: kind,
      stale: after === before,
      detail: `another process imported one statement; within 2 s the cached server answered totalCount ${after} (was ${before})`,
    };
  } finally {
    await server.stop();
    prepared.dispose();
  }
}
