import { createHash } from 'node:crypto';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { createContext, schema } from '@parley/schema';
import { createYoga, type Plugin } from 'graphql-yoga';
import { listen } from './listen.ts';
import type { StartServer } from './server.ts';

/** The persisted documents a variant accepts, by SHA-256 of the query text, as the site would register them. */
export const persistedId = (query: string) => createHash('sha256').update(query).digest('hex');

/**
 * Plain GraphQL Yoga over Parley's schema and context with none of the production plugins, plus the
 * improvement switched on by `options`: each improvement is measured against this same plain server.
 */
export const startYogaVariant: StartServer = async (store, options) => {
  const documents = new Map((options.persisted ?? []).map((query) => [persistedId(query), query]));
  const plugins: Plugin[] = [
    ...(options.jit ? [useGraphQlJit() as Plugin] : []),
    // Safe only where data cannot change under a running server: the memory store, and PGlite (one process).
    ...(options.responseCache
      ? [useResponseCache({ session: () => null, ttl: Number.POSITIVE_INFINITY })]
      : []),
    ...(options.persisted
      ? [
          usePersistedOperations({
            getPersistedOperation: (id) => documents.get(id) ?? null,
            allowArbitraryOperations: false,
          }),
        ]
      : []),
  ];
  const yoga = createYoga({
    schema,
    context: () => createContext(store),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: false,
    parserAndValidationCache: !options.noParseCache,
    plugins,
  });
  return listen(yoga);
};
