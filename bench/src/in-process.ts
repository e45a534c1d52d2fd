import type { Store } from '@parley/domain';
import { createContext, schema } from '@parley/schema';
import { execute, parse } from 'graphql';

/** Runs a GraphQL document over a store in this process, as a server would; throws on any error. */
export async function runInProcess<T = unknown>(
  store: Store,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await execute({
    schema,
    document: parse(query),
    variableValues: variables,
    contextValue: createContext(store),
  });
  if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.data as T;
}
