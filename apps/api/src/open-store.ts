import { createMemoryStore, type Store, seedDataset } from '@parley/domain';
import type { Config } from './config.ts';
import { StartupError } from './startup-error.ts';

/** The Store the config names: the seed in memory, or @parley/db (loaded only when asked for). */
export async function openConfiguredStore(
  config: Pick<Config, 'store' | 'databaseUrl' | 'dataDir'>,
): Promise<Store> {
  if (config.store === 'memory') return createMemoryStore(seedDataset);
  // A dynamic import keeps PGlite and pg out of a memory-store process.
  const { openStore, OpenStoreError } = await import('@parley/db');
  try {
    return await openStore({
      databaseUrl: config.databaseUrl,
      ...(config.dataDir ? { dataDir: config.dataDir } : {}),
    });
  } catch (error) {
    throw error instanceof OpenStoreError ? new StartupError(error.message, { cause: error }) : error;
  }
}
