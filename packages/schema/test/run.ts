import { createMemoryStore, type Store } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { type ExecutionResult, graphql } from 'graphql';
import { clientError, createContext, schema } from '../src/index.ts';

/** Results are checked by assertions, not by types: tests read them loosely. */
// biome-ignore lint/suspicious/noExplicitAny: the one loose type of the tests, see above
export type Json = any;

export const seedStore = createMemoryStore(seedDataset);

/** Runs one operation against the schema with a fresh context, its errors as a server's clients read them. */
export async function run(
  source: string,
  variableValues?: Record<string, unknown>,
  store: Store = seedStore,
): Promise<ExecutionResult<Record<string, Json>>> {
  const result = await graphql({ schema, source, variableValues, contextValue: createContext(store) });
  return result.errors ? { ...result, errors: result.errors.map(clientError) } : result;
}

/** Runs an operation that must succeed and returns its data. */
export async function data(source: string, variableValues?: Record<string, unknown>, store?: Store) {
  const result = await run(source, variableValues, store);
  if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.data as Record<string, Json>;
}
