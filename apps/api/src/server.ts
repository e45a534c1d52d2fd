import { withClientAddress } from './client-address.ts';
import { type Config, loadConfig } from './config.ts';
import { createLimitedServer, defaultConnectionLimits } from './connection-limits.ts';
import { openConfiguredStore } from './open-store.ts';
import { logsRequests, withRequestLog } from './request-log.ts';
import { startupErrorLine } from './startup-error.ts';
import { createParleyYoga } from './yoga.ts';

/** How long in-flight requests may take to finish after SIGTERM/SIGINT before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

// Known once the settings are read, so that a failure to listen can name them.
let config: Config | null = null;

async function main(): Promise<void> {
  config = loadConfig();
  const { store, schedule, accounts } = await openConfiguredStore(config);
  const yoga = createParleyYoga({
    store,
    config,
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
      void store.close().finally(() => reject(error));
    });
    server.listen(wanted, host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : wanted;
  console.info(`Parley API (${config.store} store) on http://${host}:${port}/graphql`);

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
    // close() stops accepting connections and resolves once every in-flight request has been answered.
    // Keep-alive connections turn idle as their last response is sent: close them then, not at their timeout.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    clearInterval(sweep);
    // Yoga first: its response cache stops listening for changes while the store is still open.
    await yoga.dispose();
    await store.close();
    console.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(startupErrorLine(error, config, config?.logLevel === 'debug'));
  process.exit(1);
});
