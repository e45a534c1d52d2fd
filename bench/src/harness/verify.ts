import type { Store } from '@parley/domain';
import { runInProcess } from '../in-process.ts';
import type { Operation } from '../operations.ts';
import type { Probe } from './load.ts';

/** What an operation returns over a store, executed in process: the reference every server must match. */
export async function referenceData(store: Store, operation: Operation): Promise<string> {
  let data: unknown;
  try {
    data = await runInProcess(store, operation.query, operation.variables);
  } catch (error) {
    throw new Error(`${operation.name}: ${(error as Error).message}`);
  }
  operation.check(data);
  return JSON.stringify(data);
}

/**
 * A probe whose every response must carry exactly the reference data and no errors. A body seen once and
 * found right is remembered, so checking the next identical one costs a string comparison.
 */
export function probeFor(operation: Operation, reference: string, persisted?: { id: string }): Probe {
  const good = new Set<string>();
  const payload = persisted
    ? {
        variables: operation.variables,
        extensions: { persistedQuery: { version: 1, sha256Hash: persisted.id } },
      }
    : { query: operation.query, variables: operation.variables };
  return {
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(payload),
    verify(body) {
      if (good.has(body)) return true;
      try {
        const answer = JSON.parse(body) as { data?: unknown; errors?: unknown[] };
        if (answer.errors?.length || JSON.stringify(answer.data) !== reference) return false;
      } catch {
        return false;
      }
      if (good.size < 16) good.add(body);
      return true;
    },
  };
}
