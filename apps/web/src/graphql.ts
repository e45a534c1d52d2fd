import { initGraphQLTada } from 'gql.tada';
import type { introspection } from '../graphql-env.d.ts';

/** `graphql()` typed against the shared schema.graphql: a query that no longer fits fails `gql.tada check`. */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { Date: string; ID: string };
}>();

/** A schema enum's values as a type, e.g. `EnumOf<'SummitStatus'>`, so label maps and filters follow the schema. */
export type EnumOf<Name extends string> = ReturnType<typeof graphql.scalar<Name>>;

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
