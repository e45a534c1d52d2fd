import { BadArgumentError } from '../../../../lib/urql/answer.ts';

/** For `.catch`: an argument the API refused (an article too long for it) is the editor's to see, not an outage. */
export function refusedArgument(error: unknown): BadArgumentError {
  if (error instanceof BadArgumentError) return error;
  throw error;
}
