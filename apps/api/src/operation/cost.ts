import { DEFAULT_PAGE_SIZE } from '@parley/domain';
import type { FieldCall } from './field-calls.ts';

/** A connection (a field taking `first`) is one database query per parent record, whatever it selects. */
const queries = (call: FieldCall) => call.field.args.some((a) => a.name === 'first');

/** How a field's records multiply the cost of what it selects: its page size, or the ids it was given. */
function multiplier(call: FieldCall): number {
  const { first, last } = call.args;
  if (typeof first === 'number') return Math.max(first, 1);
  if (typeof last === 'number') return Math.max(last, 1);
  // A connection asked for without a page size returns the default page.
  if (queries(call)) return DEFAULT_PAGE_SIZE;
  // `nodes(ids: [...])`: one record per id given, whether the list came literally or as a variable.
  const lists = Object.values(call.args).filter(Array.isArray);
  return Math.max(1, ...lists.map((l) => l.length));
}

/**
 * graphql-armor's estimate (a scalar 1, an object 2 plus 1.5 × what it selects, times its multiplier) computed
 * on the arguments the resolvers will see, so `first: $n` and `ids: $ids` count by their real values; each
 * connection adds `queryCost` for the query it runs, so a list of connections inside `nodes` of 100 ids
 * (hundreds of queries, returning little) costs what it makes the database do.
 */
export function operationCost(calls: FieldCall[], queryCost: number): number {
  const cost = (call: FieldCall): number =>
    call.children.length === 0
      ? 1
      : (queries(call) ? queryCost : 0) +
        (2 + 1.5 * call.children.reduce((sum, child) => sum + cost(child), 0)) * multiplier(call);
  return calls.reduce((sum, call) => sum + cost(call), 0);
}
