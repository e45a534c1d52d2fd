import { PersonFilterInput, personFilter } from '../inputs/person-filter.ts';
import { PersonOrderInput } from '../inputs/person-order.ts';
import { PersonRef } from '../refs.ts';
import { listConnection } from './list-connection.ts';

/** `PersonConnection`, and a people field for any parent, its filter narrowed by a scope. */
export const peopleConnection = listConnection({
  ref: PersonRef,
  plural: 'people',
  edge: 'A person and their position in the list.',
  filterInput: PersonFilterInput,
  filter: personFilter,
  orderInput: PersonOrderInput,
  order: 'How to sort them; by name when not given.',
  list: (store, args) => store.listPeople(args),
});
