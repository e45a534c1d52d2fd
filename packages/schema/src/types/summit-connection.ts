import { SummitFilterInput, summitFilter } from '../inputs/summit-filter.ts';
import { SummitOrderInput } from '../inputs/summit-order.ts';
import { SummitRef } from '../refs.ts';
import { listConnection } from './list-connection.ts';

/** `SummitConnection`, and a summits field for any parent, its filter narrowed by a scope. */
export const summitsConnection = listConnection({
  ref: SummitRef,
  plural: 'summits',
  edge: 'A summit and its position in the list.',
  filterInput: SummitFilterInput,
  filter: summitFilter,
  orderInput: SummitOrderInput,
  order: 'How to sort them; by date, earliest first, when not given.',
  list: (store, args) => store.listSummits(args),
});
