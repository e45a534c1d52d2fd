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
  /**
   * Cost (plugins/request-limits.ts): objects 2, scalars 1, ×1.5 per level, × the page size (`first`/`last`,
   * literal or variable, 20 when left out) or the number of ids given (`nodes(ids:)`).
   */
  maxCost: 30_000,
  /**
   * What a connection adds for the database query it runs, once per parent record: the people page (two
   * counts for each of 100 people) comes to ~17,000; a few connections inside `nodes` of 100 ids are refused.
   */
  queryCost: 50,
  /**
   * Above this cost an operation is heavy (a summit page costs ~4,600, the people page ~26,000, 100 summits by
   * id ~15,600): one runs at a time per process, 16 wait, more are answered 503 `SERVER_BUSY`.
   */
  heavyCost: 10_000,
  heavyAtOnce: 1,
  heavyQueue: 16,
  /**
   * After a heavy operation, the next waits as long again: heavy work takes at most half of the process's
   * time however many are sent, and pages are answered in the other half (the attack bench measures it).
   */
  heavyRest: 1,
  /**
   * What heavy operations one client address may take across every API process: 20 s of work a minute, a
   * third of one process's time (an answer from the response cache takes none). Counted in Redis when set.
   */
  heavyWorkPerAddress: { windowMs: 60_000, budgetMs: 20_000 },
  /** Items in any list argument: `nodes(ids:)` and every id filter (GitHub caps `nodes` at 100 too). */
  maxListItems: 100,
  /** Characters in any string argument: a search or a text filter is a few words, a cursor ~60. */
  maxTextLength: 1_000,
  /** Characters in any string a mutation writes: a news article's text, which the body limit bounds anyway. */
  maxWrittenTextLength: 64 * 1024,
  /** Nesting of input values (the deepest Parley input, a filter's list, nests 3). */
  maxInputDepth: 8,
  /** Bytes in one response: the site's largest page is ~60 KB; more is an amplification attempt. */
  maxResponseBytes: 4 * 1024 * 1024,
  /** Aliased fields per operation: a page may alias a few lists, not hundreds of copies of one. */
  maxAliases: 20,
  /** Directives per operation (`@include`, `@skip`). */
  maxDirectives: 20,
  /** Lexical tokens per document: GraphiQL's introspection query is ~160 and the site's largest ~260. */
  maxTokens: 2_000,
  /** Request body size in bytes. */
  maxBodyBytes: 64 * 1024,
} as const;

/** graphql-armor's settings from the limits above: the limits that need only the document. */
export const armorConfig: ArmorConfig = {
  maxDepth: { n: limits.maxDepth, flattenFragments: true },
  // Cost is counted per request, with the variables: plugins/request-limits.ts.
  costLimit: { enabled: false },
  maxAliases: { n: limits.maxAliases },
  maxDirectives: { n: limits.maxDirectives },
  maxTokens: { n: limits.maxTokens },
  // Suggestions are hidden by plugins/hidden-suggestions.ts, which also covers enum values.
  blockFieldSuggestion: { enabled: false },
};
