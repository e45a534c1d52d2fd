import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Accounts } from '@parley/db';
import type { Store } from '@parley/domain';
import { clientError, createContext, schema } from '@parley/schema';
import { createYoga, maskError, useReadinessCheck, type YogaLogger } from 'graphql-yoga';
import type { Config } from './config.ts';
import { apiLogger } from './error-log.ts';
import { armorConfig, limits } from './limits.ts';
import { createLiveHub, type LiveHub } from './live/live-hub.ts';
import { publishingCommits } from './live/publishing-store.ts';
import { graphiqlOptions } from './playground.ts';
import { useAuthRoutes } from './plugins/auth-routes.ts';
import { useBodyLimit } from './plugins/body-limit.ts';
import { useCompression } from './plugins/compression.ts';
import { corsFor, useVaryOrigin } from './plugins/cors.ts';
import { useCsrfPrevention } from './plugins/csrf.ts';
import { useHiddenSuggestions } from './plugins/hidden-suggestions.ts';
import { useJit } from './plugins/jit.ts';
import { useOperationName } from './plugins/operation-name.ts';
import { playgroundCaching } from './plugins/playground-cache.ts';
import { useReadersWait } from './plugins/readers-wait.ts';
import { useRequestLimits } from './plugins/request-limits.ts';
import { carriesCredentials, createParleyResponseCache } from './plugins/response-cache.ts';
import { useResponseLimit } from './plugins/response-limit.ts';
import { useSessionOrigin } from './plugins/session-origin.ts';
import { useWriteFirst } from './plugins/write-first.ts';
import { logsRequests } from './request-log.ts';
import { createStoreScheduler, type RequestLane, type StoreSchedule } from './store-scheduler.ts';
import { createWorkBudget, type WorkBudget } from './work-budget.ts';

export interface ParleyYogaOptions {
  store: Store;
  /** Accounts and sessions (the database's); without them every request is anonymous and /api/auth is 404. */
  accounts?: Accounts;
  /** `responseCache` defaults to on and `maxSubscriptionsPerAddress` to 50, as in loadConfig. */
  config: Pick<Config, 'nodeEnv' | 'corsOrigins' | 'logLevel'> &
    Partial<Pick<Config, 'responseCache' | 'maxSubscriptionsPerAddress'>>;
  /** Where production writes its one-line error summaries (default stderr). */
  writeErrorLine?: (line: string) => void;
  /** How requests share a database's connections (store-scheduler.ts); none for the memory store. */
  schedule?: StoreSchedule;
  /** Live updates (server.ts passes Redis's when REDIS_URL is set); default in process, closed with the server. */
  live?: LiveHub;
  /** The work heavy operations may take per client address (server.ts: counted in Redis when set). */
  workBudget?: WorkBudget;
}

/**
 * CSRF prevention: a request must be one a browser preflights, through a non-simple Content-Type (the site's
 * `application/json`, on POST and GET) or one of these headers; a form post or a bare GET gets 403.
 */
export const csrfHeaders = ['x-parley-csrf', 'graphql-preflight'];

/** Yoga logs each error its masking replaced; a client's mistake that clientError translated is no failure. */
function withoutClientErrors(logger: YogaLogger): YogaLogger {
  return {
    ...logger,
    error: (...args) => {
      const failures = args.filter((arg) => clientError(arg) === arg);
      if (failures.length > 0) logger.error(...failures);
    },
  };
}

/** The GraphQL server, not yet listening: server.ts serves it over node:http, tests call `yoga.fetch`. */
export function createParleyYoga({
  store,
  accounts,
  config,
  writeErrorLine,
  schedule,
  live: givenLive,
  workBudget,
}: ParleyYogaOptions) {
  const production = config.nodeEnv === 'production';
  const responseCache =
    config.responseCache === false
      ? null
      : createParleyResponseCache(store, (error) =>
          console.error('response cache off: the store cannot report changes', error),
        );
  const live =
    givenLive ??
    createLiveHub({
      redis: null,
      maxPerAddress: config.maxSubscriptionsPerAddress ?? 50,
      log: (line) => console.warn(line),
    });
  const stopHearing = responseCache ? live.onCommit((commit) => responseCache.changed(commit.change)) : null;
  const written = publishingCommits(store, live.publish);
  const scheduler = schedule ? createStoreScheduler(schedule) : null;
  // Each request's lane in the scheduler: a mutation marks its own when it starts executing.
  const lanes = new WeakMap<Request, RequestLane>();
  const laneOf = (request: Request) => {
    const lane = lanes.get(request) ?? { writing: false };
    lanes.set(request, lane);
    return lane;
  };
  // Each request's store: scheduled on the database's connections, and noting what it reads for the cache.
  const storeFor = (request: Request) => {
    const scheduled = scheduler ? scheduler.forRequest(written, laneOf(request)) : written;
    return responseCache ? responseCache.storeFor(request, scheduled) : scheduled;
  };
  const playground = playgroundCaching();
  return createYoga({
    schema,
    // Only a request with credentials costs a session lookup; an invalid token or cookie reads anonymously.
    context: async ({ request }) =>
      createContext(
        storeFor(request),
        accounts && carriesCredentials(request) ? await accounts.viewerOf(request.headers) : null,
        accounts?.emailsOf,
        live.forRequest(request),
      ),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql: graphiqlOptions,
    renderGraphiQL: playground.renderGraphiQL,
    // Client errors (GraphQLError, and the Store's through clientError) keep their message and code; anything
    // else reads "Unexpected error." in production.
    maskedErrors: {
      isDev: !production,
      maskError: (error, message, isDev) => maskError(clientError(error), message, isDev),
    },
    logging: config.logLevel === 'silent' ? false : withoutClientErrors(apiLogger(config, writeErrorLine)),
    cors: corsFor(config.corsOrigins),
    plugins: [
      // First: a reader waiting its turn has cost nothing but its parameters yet.
      ...(scheduler
        ? [useReadersWait({ concurrent: schedule?.readers ?? Infinity, held: scheduler.readersHeld })]
        : []),
      useBodyLimit(limits.maxBodyBytes),
      ...(config.corsOrigins.length > 0 ? [useVaryOrigin()] : []),
      // Operation names serve only the request log: no work per request when it is off.
      ...(logsRequests(config) ? [useOperationName()] : []),
      // Before the CSRF rule, which is for GraphQL requests (see auth-routes.ts).
      ...(accounts ? [useSessionOrigin(accounts, config.corsOrigins), useAuthRoutes(accounts)] : []),
      useCsrfPrevention(csrfHeaders),
      EnvelopArmorPlugin(armorConfig),
      ...(production ? [useHiddenSuggestions()] : []),
      useRequestLimits(
        limits,
        workBudget ?? createWorkBudget({ ...limits.heavyWorkPerAddress, redis: null }),
      ),
      useResponseLimit(limits.maxResponseBytes),
      useJit(),
      // After jit, so that the cache wraps the compiled execute function instead of being replaced by it.
      ...(responseCache ? [responseCache.plugin] : []),
      // Last of those setting the execute function, so that it wraps theirs (and is released however it ends).
      ...(scheduler ? [useWriteFirst({ hold: (request) => scheduler.hold(laneOf(request)) })] : []),
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
      playground.plugin,
      {
        onDispose() {
          stopHearing?.();
          // A hub made here ends with the server; one passed in is its owner's to close.
          if (!givenLive) live.close();
        },
      },
      // Last, so that it compresses the response every other plugin has settled.
      useCompression(),
    ],
  });
}

export type ParleyYoga = ReturnType<typeof createParleyYoga>;
