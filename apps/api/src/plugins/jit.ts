import { useGraphQlJit } from '@envelop/graphql-jit';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * graphql-jit: each operation compiled once into a function (1.7× on the summit and statements pages, see
 * docs/benchmarks.md). Its compiled-query cache is keyed by document alone, ignoring the operation name, so
 * only a document's one operation, asked for by its name or by none, runs compiled; graphql-js runs the rest.
 */
export function useJit(): Plugin {
  return useGraphQlJit(
    {},
    {
      enableIf: ({ document, operationName }) => {
        const operations = document.definitions.filter(
          (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
        );
        return (
          operations.length === 1 && (operationName == null || operations[0]?.name?.value === operationName)
        );
      },
    },
  ) as Plugin;
}
