import type { Accounts, AccountsOptions } from '@parley/db';
import { createMemoryStore, type Store } from '@parley/domain';
import { clientAddressHeader } from './client-address.ts';
import type { Config } from './config.ts';
import { StartupError } from './startup-error.ts';
import { defaultBurst, type StoreSchedule } from './store-scheduler.ts';

/**
 * Readers' requests answered at once over PGlite: its queries run on the API's thread, busy with a few readers
 * already (docs/decisions.md, "Editors first").
 */
export const pgliteReaders = 4;

/** A store, how requests share its connections (none to share in memory), and the accounts (a database's). */
export interface ConfiguredStore {
  store: Store;
  schedule?: StoreSchedule;
  accounts?: Accounts;
}

/**
 * The Store the config names: the seed in memory (no accounts: everyone reads anonymously), or @parley/db
 * with its accounts (loaded only when asked for), their sign-in limits counted in `redis` when given.
 */
export async function openConfiguredStore(
  config: Pick<Config, 'store' | 'databaseUrl' | 'dataDir' | 'nodeEnv' | 'authSecret' | 'corsOrigins'>,
  redis: AccountsOptions['redis'] | null = null,
): Promise<ConfiguredStore> {
  // The seed, imported when asked for: building it parses dates with chrono, a slow load a database skips.
  if (config.store === 'memory')
    return { store: createMemoryStore((await import('@parley/domain/seed')).seedDataset) };
  const production = config.nodeEnv === 'production';
  // A secret generated and kept in the database would sign sessions for anyone who can read it.
  if (production && !config.authSecret)
    throw new StartupError(
      'PARLEY_AUTH_SECRET is not set: in production it signs the sessions; set it to 32 or more random characters (e.g. from `openssl rand -base64 32`)',
    );
  // A dynamic import keeps PGlite and pg out of a memory-store process.
  const { openStoreWithAccounts, OpenStoreError, partsPerStatement, readConnections, readPriority } =
    await import('@parley/db');
  try {
    const { store, accounts } = await openStoreWithAccounts({
      databaseUrl: config.databaseUrl,
      ...(config.dataDir ? { dataDir: config.dataDir } : {}),
      accounts: {
        secret: config.authSecret,
        trustedOrigins: config.corsOrigins,
        secureCookies: production,
        addressHeader: clientAddressHeader,
        ...(redis ? { redis } : {}),
      },
    });
    // As many calls as the store sends at once: a statement's parts on each connection (PGlite has one).
    const driver = config.databaseUrl ? 'postgres' : 'pglite';
    const connections = readConnections(driver);
    return {
      store,
      accounts,
      schedule: {
        slots: connections * partsPerStatement,
        burst: defaultBurst,
        priority: readPriority,
        ...(driver === 'pglite' ? { readers: pgliteReaders } : {}),
      },
    };
  } catch (error) {
    throw error instanceof OpenStoreError ? new StartupError(error.message, { cause: error }) : error;
  }
}
