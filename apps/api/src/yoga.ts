import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Store } from '@parley/domain';
import { createContext, schema } from '@parley/schema';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import type { Config } from './config.ts';
import { armorConfig, limits } from './limits.ts';
import { graphiqlOptions } from './playground.ts';
import { useBodyLimit } from './plugins/body-limit.ts';
import { useOperationName } from './plugins/operation-name.ts';

export interface ParleyYogaOptions {
  store: Store;
  config: Pick<Config, 'nodeEnv' | 'corsOrigins' | 'logLevel'>;
}

/**
 * CSRF prevention: a request must be one a browser preflights, through a non-simple Content-Type (the site's
 * `application/json`, on POST and GET) or one of these headers; a form post or a bare GET gets 403.
 */
export const csrfHeaders = ['x-parley-csrf', 'graphql-preflight'];

/** The GraphQL server, not yet listening: server.ts serves it over node:http, tests call `yoga.fetch`. */
export function createParleyYoga({ store, config }: ParleyYogaOptions) {
  const production = config.nodeEnv === 'production';
  return createYoga({
    schema,
    context: () => createContext(store),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql: graphiqlOptions,
    renderGraphiQL,
    // Client errors (GraphQLError) keep their message; anything else reads "Unexpected error." in production.
    maskedErrors: { isDev: !production },
    logging: config.logLevel === 'silent' ? false : config.logLevel,
    cors:
      config.corsOrigins.length > 0
        ? { origin: config.corsOrigins, methods: ['GET', 'POST'], credentials: false }
        : false,
    plugins: [
      useBodyLimit(limits.maxBodyBytes),
      useOperationName(),
      useCSRFPrevention({ requestHeaders: csrfHeaders }),
      EnvelopArmorPlugin(armorConfig(production)),
      useReadinessCheck({
        endpoint: '/readyz',
        check: async () => {
          try {
            await store.ping();
            return true;
          } catch {
            // The reason stays in the server's log, never in a public response.
            return false;
          }
        },
      }),
    ],
  });
}

export type ParleyYoga = ReturnType<typeof createParleyYoga>;
