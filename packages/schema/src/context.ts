import type { Store, Viewer } from '@parley/domain';
import type { LiveUpdates } from './live/live-updates.ts';

/** What every resolver sees: the Store, who asks, and through Pothos' dataloader plugin, per-request loaders. */
export interface ParleyContext {
  store: Store;
  /** The signed-in account the request comes from; null for an anonymous reader. */
  viewer: Viewer | null;
  /** The emails of account ids (revisions name their authors by id); absent where there are no accounts. */
  emailsOf?: (ids: readonly string[]) => Promise<Map<string, string>>;
  /** Where subscriptions hear of commits; absent where the server offers none. */
  live?: LiveUpdates;
}

/** A fresh context per request: loaders cache per context object, so nothing leaks between requests. */
export function createContext(
  store: Store,
  viewer: Viewer | null = null,
  emailsOf?: ParleyContext['emailsOf'],
  live?: LiveUpdates,
): ParleyContext {
  return { store, viewer, ...(emailsOf ? { emailsOf } : {}), ...(live ? { live } : {}) };
}
