import { createParleyYoga } from '@parley/api';
import { listen } from './listen.ts';
import type { StartServer } from './server.ts';

/**
 * Parley's production server: `createParleyYoga` with its plugins (body limit, CSRF, graphql-armor,
 * graphql-jit, the response cache, readiness) on node:http, as apps/api/src/server.ts runs it. Request lines
 * are off (log level warn) since the peers log nothing per request either. `responseCache: false` measures
 * the uncached path.
 */
export const startParley: StartServer = async (store, options) =>
  listen(
    createParleyYoga({
      store,
      config: {
        nodeEnv: 'production',
        corsOrigins: [],
        logLevel: 'warn',
        responseCache: options.responseCache ?? true,
      },
    }),
  );
