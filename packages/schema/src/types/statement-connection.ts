import type { StatementFilter } from '@parley/domain';
import { builder, type ParleyTypes } from '../builder.ts';
import { StatementFilterInput, statementFilter } from '../inputs/statement-filter.ts';
import { StatementOrderInput } from '../inputs/statement-order.ts';
import { pageArgs } from '../paging.ts';
import { StatementRef } from '../refs.ts';

export const StatementConnection = builder.connectionObject(
  { type: StatementRef, name: 'StatementConnection', description: 'A page of statements.' },
  { name: 'StatementEdge', description: 'A statement and its position in the list.' },
);

/** A statements connection field, its filter narrowed by `scope` (e.g. to one speaker's statements). */
export function statementsConnection<Parent>(
  t: PothosSchemaTypes.RootFieldBuilder<ParleyTypes, Parent>,
  description: string,
  scope: (parent: Parent) => StatementFilter,
) {
  return t.connection(
    {
      type: StatementRef,
      description,
      args: {
        filterBy: t.arg({ type: StatementFilterInput, description: 'Which statements to list.' }),
        orderBy: t.arg({
          type: StatementOrderInput,
          description: 'How to sort them; by date, earliest first, when not given.',
        }),
      },
      resolve: (parent, args, { store }) =>
        store.listStatements({
          ...pageArgs(args),
          // Pothos cannot carry a generic parent through `t.connection`; the builder guarantees it.
          filter: { ...statementFilter(args.filterBy), ...scope(parent as Parent) },
          orderBy: args.orderBy,
        }),
    },
    StatementConnection,
  );
}
