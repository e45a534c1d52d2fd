import { createMemoryStore, type Store, seedDataset } from '@parley/domain';
import type { Config } from './config.ts';
import { StartupError } from './startup-error.ts';
import { defaultBurst, type StoreSchedule } from './store-scheduler.ts';

/** A store, and how requests share its connections (none to share in memory). */
export interface ConfiguredStore {
  store: Store;
  schedule?: StoreSchedule;
}

/** The Store the config names: the seed in memory, or @parley/db (loaded only when asked for). */
export async function openConfiguredStore(
  config: Pick<Config, 'store' | 'databaseUrl' | 'dataDir'>,
): Promise<ConfiguredStore> {
  if (config.store === 'memory') return { store: createMemoryStore(seedDataset) };
  // A dynamic import keeps PGlite and pg out of a memory-store process.
  const { openStore, OpenStoreError, postgresPoolSize } = await import('@parley/db');
  try {
    const store = await openStore({
      databaseUrl: config.databaseUrl,
      ...(config.dataDir ? { dataDir: config.dataDir } : {}),
    });
    // PGlite has one connection.
    return { store, schedule: { slots: config.databaseUrl ? postgresPoolSize : 1, burst: defaultBurst } };
  } catch (error) {
    throw error instanceof OpenStoreError ? new StartupError(error.message, { cause: error }) : error;
  }
}
