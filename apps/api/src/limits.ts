import type { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';

type ArmorConfig = NonNullable<Parameters<typeof EnvelopArmorPlugin>[0]>;

/**
 * What one request may ask for: the site's deepest page nests 8 levels and costs at most ~12,000, the
 * playground's example 7 and ~1,100; a list of 100 inside a list of 100 (~160,000) is refused before it runs.
 * apps/api/README.md explains each number.
 */
export const limits = {
  /** Field nesting, counted through fragments (flattened) so that splitting a query never changes it. */
  maxDepth: 10,
  /** graphql-armor's cost: objects 2, scalars 1, ×1.5 per level, × a literal `first`/`last`. */
  maxCost: 30_000,
  /** Aliased fields per operation: a page may alias a few lists, not hundreds of copies of one. */
  maxAliases: 20,
  /** Directives per operation (`@include`, `@skip`). */
  maxDirectives: 20,
  /** Lexical tokens per document: GraphiQL's introspection query is ~160 and the site's largest ~260. */
  maxTokens: 2_000,
  /** Request body size in bytes. */
  maxBodyBytes: 64 * 1024,
} as const;

/** graphql-armor's settings from the limits above; field suggestions are blocked only in production. */
export function armorConfig(production: boolean): ArmorConfig {
  return {
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    costLimit: { maxCost: limits.maxCost, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: { n: limits.maxTokens },
    blockFieldSuggestion: { enabled: production },
  };
}
