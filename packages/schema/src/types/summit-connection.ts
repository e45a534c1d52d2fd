import type { SummitFilter } from '@parley/domain';
import { builder, type ParleyTypes } from '../builder.ts';
import { SummitFilterInput, summitFilter } from '../inputs/summit-filter.ts';
import { SummitOrderInput } from '../inputs/summit-order.ts';
import { pageArgs } from '../paging.ts';
import { SummitRef } from '../refs.ts';

export const SummitConnection = builder.connectionObject(
  { type: SummitRef, name: 'SummitConnection', description: 'A page of summits.' },
  { name: 'SummitEdge', description: 'A summit and its position in the list.' },
);

/** A summits connection field, its filter narrowed by `scope` (e.g. to one person's summits). */
export function summitsConnection<Parent>(
  t: PothosSchemaTypes.RootFieldBuilder<ParleyTypes, Parent>,
  description: string,
  scope: (parent: Parent) => SummitFilter,
) {
  return t.connection(
    {
      type: SummitRef,
      description,
      args: {
        filterBy: t.arg({ type: SummitFilterInput, description: 'Which summits to list.' }),
        orderBy: t.arg({
          type: SummitOrderInput,
          description: 'How to sort them; by date, earliest first, when not given.',
        }),
      },
      resolve: (parent, args, { store }) =>
        store.listSummits({
          ...pageArgs(args),
          // Pothos cannot carry a generic parent through `t.connection`; the builder guarantees it.
          filter: { ...summitFilter(args.filterBy), ...scope(parent as Parent) },
          orderBy: args.orderBy,
        }),
    },
    SummitConnection,
  );
}
