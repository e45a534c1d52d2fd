import type { OperationResult } from '@urql/core';

/** The API failed or could not be reached; error.tsx tells the reader so. */
export class ApiError extends Error {
  override name = 'ApiError';
}

/** The API refused an argument (`BAD_USER_INPUT`), e.g. a cursor it never gave out: the asker's mistake, not an outage. */
export class BadArgumentError extends Error {
  override name = 'BadArgumentError';
  /** The refused argument, as the API names it (`after`, `query`…), when it says. */
  readonly argument: string | undefined;

  constructor(message: string, argument: unknown) {
    super(message);
    this.argument = typeof argument === 'string' ? argument : undefined;
  }
}

/** The first GraphQL error of an answer with this `extensions.code`, if any. */
export const errorWithCode = (result: OperationResult, code: string) =>
  result.error?.graphQLErrors.find((error) => error.extensions.code === code);

/** An answer's data, or the error that says why there is none. */
export function dataOf<Data>(result: OperationResult<Data>): Data {
  const refused = errorWithCode(result, 'BAD_USER_INPUT');
  if (refused) throw new BadArgumentError(refused.message, refused.extensions.argument);
  if (result.error) throw new ApiError(`Parley API request failed: ${result.error.message}`);
  if (!result.data) throw new ApiError('Parley API returned no data');
  return result.data;
}
