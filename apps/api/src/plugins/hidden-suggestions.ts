import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// graphql-js ends many messages with a hint: `Did you mean "summits"?`, `Did you mean the enum value "HELD"?`.
const suggestion = /\s*Did you mean [^?]*\?/g;

// A copy: graphql-js freezes some errors (those of variable coercion).
const withoutSuggestion = (error: GraphQLError) =>
  suggestion.test(error.message)
    ? new GraphQLError(error.message.replace(suggestion, ''), {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        path: error.path,
        originalError: error.originalError,
        extensions: error.extensions,
      })
    : error;

/**
 * Removes "Did you mean …" hints from every error message, those of validation (fields, arguments, enum
 * values, input fields) and those of execution (variable values): in production they would map the schema
 * for someone probing it.
 */
export function useHiddenSuggestions(): Plugin {
  return {
    onValidate:
      () =>
      ({ valid, result, setResult }) => {
        if (!valid)
          setResult(
            result.map((error) => (error instanceof GraphQLError ? withoutSuggestion(error) : error)),
          );
      },
    onExecute: () => ({
      onExecuteDone({ result }) {
        if (!(Symbol.asyncIterator in result)) result.errors?.forEach(withoutSuggestion);
      },
    }),
  };
}
