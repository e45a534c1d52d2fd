import cluster from 'node:cluster';
import { withClientAddress } from './client-address.ts';
import type { Config } from './config.ts';
import { createLimitedServer, defaultConnectionLimits } from './connection-limits.ts';
import { limits } from './limits.ts';
import { createLiveHub } from './live/live-hub.ts';
import type { ConfiguredStore } from './open-store.ts';
import type { RedisConnections } from './redis.ts';
import { logsRequests, withRequestLog } from './request-log.ts';
import { createWorkBudget } from './work-budget.ts';
import { createParleyYoga } from './yoga.ts';

/** How long in-flight requests may take to finish after SIGTERM/SIGINT before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Serves the API over an open store until SIGTERM/SIGINT. Loaded by server.ts while the store opens: this
 * module's imports build the GraphQL schema.
 */
export async function serve(
  config: Config,
  redis: RedisConnections | null,
  { store, schedule, accounts }: ConfiguredStore,
): Promise<void> {
  const warn = (line: string) => console.warn(line);
  let budgetFailing = false;
  const live = createLiveHub({ redis, maxPerAddress: config.maxSubscriptionsPerAddress, log: warn });
  const yoga = createParleyYoga({
    store,
    config,
    live,
    workBudget: createWorkBudget({
      ...limits.heavyWorkPerAddress,
      redis: redis?.commands ?? null,
      // Said once per outage (the live hub says when Redis is back).
      onError: (error) => {
        if (budgetFailing) return;
        budgetFailing = true;
        warn(`rate limits: Redis cannot count (${error.message}); large queries are let through meanwhile`);
        redis?.commands.once('ready', () => (budgetFailing = false));
      },
    }),
    ...(schedule ? { schedule } : {}),
    ...(accounts ? { accounts } : {}),
  });
  const server = createLimitedServer(
    withClientAddress(
      logsRequests(config) ? withRequestLog(yoga, (line) => process.stdout.write(`${line}\n`)) : yoga,
    ),
    { ...defaultConnectionLimits, perAddress: config.maxConnectionsPerAddress },
  );
  const { port: wanted, host } = config;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => {
      // The store is open: close it, so the process can exit and a PGlite folder's lock is released.
      redis?.close();
      void store.close().finally(() => reject(error));
    });
    server.listen(wanted, host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : wanted;
  const shared = redis ? 'live updates and rate limits through Redis' : 'live updates in this process';
  const worker = cluster.isWorker ? `, worker ${process.pid}` : '';
  console.info(`Parley API (${config.store} store, ${shared}${worker}) on http://${host}:${port}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.info(`${signal}: finishing in-flight requests, then closing the store`);
    const force = setTimeout(() => {
      console.error(`requests still open after ${SHUTDOWN_GRACE_MS} ms; exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    // Subscriptions never finish by themselves: end them (each client reads why), so that close() can.
    live.close();
    // close() stops accepting connections and resolves once every in-flight request has been answered.
    // Keep-alive connections turn idle as their last response is sent: close them then, not at their timeout.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    clearInterval(sweep);
    // Yoga first: its response cache stops listening for changes while the store is still open.
    await yoga.dispose();
    await store.close();
    redis?.close();
    console.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
