import { createServer } from 'node:http';
import { ConfigError, loadConfig } from './config.ts';
import { openConfiguredStore } from './open-store.ts';
import { logsRequests, withRequestLog } from './request-log.ts';
import { createParleyYoga } from './yoga.ts';

/** How long in-flight requests may take to finish after SIGTERM/SIGINT before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openConfiguredStore(config);
  const yoga = createParleyYoga({ store, config });
  const server = createServer(
    logsRequests(config) ? withRequestLog(yoga, (line) => process.stdout.write(`${line}\n`)) : yoga,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.info(`Parley API (${config.store} store) on http://${config.host}:${port}/graphql`);

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
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
