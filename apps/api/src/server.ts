import cluster from 'node:cluster';
import { type Config, loadConfig } from './config.ts';
import { openConfiguredStore } from './open-store.ts';
import { startupErrorLine } from './startup-error.ts';

// Known once the settings are read, so that a failure to listen can name them.
let config: Config | null = null;

/**
 * Opens the store while the rest of the API loads: PGlite compiles its WASM and starts postgres while the
 * GraphQL schema is built, instead of after it.
 */
async function start(config: Config): Promise<void> {
  // Before the store, so that a wrong REDIS_URL fails the start at once and leaves no database open.
  const redis = config.redisUrl ? await (await import('./redis.ts')).openRedis(config.redisUrl) : null;
  const opening = openConfiguredStore(config, redis?.commands);
  const loading = import('./serve.ts');
  // Awaited below, after the store: a failure to open it is the one to report.
  loading.catch(() => {});
  const configured = await opening.catch((error: unknown) => {
    redis?.close();
    throw error;
  });
  const { serve } = await loading.catch(async (error: unknown) => {
    redis?.close();
    await configured.store.close();
    throw error;
  });
  await serve(config, redis, configured);
}

async function main(): Promise<void> {
  config = loadConfig();
  if (config.workers > 1 && cluster.isPrimary)
    (await import('./workers.ts')).runWorkers(config.workers, config);
  else await start(config);
}

main().catch((error: unknown) => {
  console.error(startupErrorLine(error, config, config?.logLevel === 'debug'));
  process.exit(1);
});
