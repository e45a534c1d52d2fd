import type { ListArgs, Order, Page, PageArgs, ReadScope, Store } from '@parley/domain';
import type { InputObjectRef, ObjectRef } from '@pothos/core';
import { asOfDescription, includeRetractedDescription } from '../as-of.ts';
import { builder, type ParleyTypes } from '../builder.ts';
import { pageArgs } from '../paging.ts';

/** What a connection over one of the Store's lists needs to know about its records. */
export interface ListConnectionSpec<Node, Filter, FilterInput, OrderField extends string> {
  /** The records' type, e.g. `Summit`: names the `SummitConnection` and `SummitEdge` types. */
  ref: ObjectRef<ParleyTypes, Node>;
  /** The records in descriptions, e.g. `summits`. */
  plural: string;
  /** The edge type's description, e.g. "A summit and its position in the list." */
  edge: string;
  filterInput: InputObjectRef<ParleyTypes, FilterInput>;
  /** The Store's filter for the input's. */
  filter: (input: FilterInput | null | undefined) => Filter;
  orderInput: InputObjectRef<ParleyTypes, Order<OrderField>>;
  /** The `orderBy` argument's description, saying the order when none is given. */
  order: string;
  /** The Store's list call, e.g. `store.listSummits`. */
  list: (store: Store, args: ListArgs<Filter, OrderField>) => Promise<Page<Node>>;
}

/**
 * The connection type over one of the Store's lists, and the helper adding it as a field to any parent with
 * `filterBy` and `orderBy`, its filter narrowed by `scope` (e.g. to one person's statements).
 */
export function listConnection<Node, Filter, FilterInput, OrderField extends string>(
  spec: ListConnectionSpec<Node, Filter, FilterInput, OrderField>,
) {
  const connection = builder.connectionObject(
    { type: spec.ref, name: `${spec.ref.name}Connection`, description: `A page of ${spec.plural}.` },
    { name: `${spec.ref.name}Edge`, description: spec.edge },
  );
  return <Parent>(
    t: PothosSchemaTypes.RootFieldBuilder<ParleyTypes, Parent>,
    description: string,
    scope: (parent: Parent) => Filter,
  ) =>
    t.connection(
      {
        type: spec.ref,
        description,
        args: {
          filterBy: t.arg({ type: spec.filterInput, description: `Which ${spec.plural} to list.` }),
          orderBy: t.arg({ type: spec.orderInput, description: spec.order }),
          asOf: t.arg({ type: 'Date', description: asOfDescription }),
          includeRetracted: t.arg.boolean({ description: includeRetractedDescription }),
        },
        // Spelled out: Pothos cannot work out the arguments' types from generic input refs.
        resolve: (
          parent,
          args: PageArgs & ReadScope & { filterBy?: FilterInput | null; orderBy?: Order<OrderField> | null },
          { store },
        ) =>
          spec.list(store, {
            ...pageArgs(args),
            // Pothos cannot carry a generic parent through `t.connection`; the builder guarantees it.
            filter: { ...spec.filter(args.filterBy), ...scope(parent as Parent) },
            orderBy: args.orderBy,
            asOf: args.asOf,
            includeRetracted: args.includeRetracted,
          }),
      },
      connection,
    );
}
