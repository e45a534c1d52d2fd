import { StatementFilterInput, statementFilter } from '../inputs/statement-filter.ts';
import { StatementOrderInput } from '../inputs/statement-order.ts';
import { StatementRef } from '../refs.ts';
import { listConnection } from './list-connection.ts';

/** `StatementConnection`, and a statements field for any parent, its filter narrowed by a scope. */
export const statementsConnection = listConnection({
  ref: StatementRef,
  plural: 'statements',
  edge: 'A statement and its position in the list.',
  filterInput: StatementFilterInput,
  filter: statementFilter,
  orderInput: StatementOrderInput,
  order: 'How to sort them; by date, earliest first, when not given.',
  list: (store, args) => store.listStatements(args),
});
