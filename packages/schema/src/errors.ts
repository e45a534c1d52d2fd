import { StoreInputError } from '@parley/domain';
import { GraphQLError, type GraphQLErrorOptions } from 'graphql';

/** An error the client caused and can fix; GraphQLErrors pass Yoga's masking, so the message reaches them. */
export function badInput(message: string, argument?: string, options?: GraphQLErrorOptions): GraphQLError {
  return new GraphQLError(message, {
    ...options,
    extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) },
  });
}

/**
 * The error as the client reads it: a field that failed on the Store's `StoreInputError` (a bad cursor, page
 * size, date window or search) becomes `badInput` at the same place in the response; any other error is
 * returned as it is. Servers call it where they mask errors (the API's `maskError`), so resolvers need no
 * wrapper around the Store.
 */
export function clientError<E>(error: E): E | GraphQLError {
  if (!(error instanceof GraphQLError && error.originalError instanceof StoreInputError)) return error;
  const { message, argument } = error.originalError;
  return badInput(message, argument, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
  });
}
