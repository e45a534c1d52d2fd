import { createMemoryStore, type Store } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import type { Config } from '../src/config.ts';
import { createParleyYoga } from '../src/yoga.ts';

/** A Parley server as production or development would build it; the seed in memory unless a store is given. */
export function parley(
  nodeEnv: Config['nodeEnv'] = 'production',
  store: Store = createMemoryStore(seedDataset),
) {
  return createParleyYoga({
    store,
    config: { nodeEnv, corsOrigins: ['https://parley.example'], logLevel: 'silent' },
  });
}

/** POSTs one operation as the site does: JSON in, JSON out. */
export async function post(
  yoga: ReturnType<typeof parley>,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Json; errors?: Json[] } };
}

/** Responses are checked by assertions, not by types. */
// biome-ignore lint/suspicious/noExplicitAny: the one loose type of the tests, see above
export type Json = any;
