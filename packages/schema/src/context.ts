import type { Store, Viewer } from '@parley/domain';

/** What every resolver sees: the Store, who asks, and through Pothos' dataloader plugin, per-request loaders. */
export interface ParleyContext {
  store: Store;
  /** The signed-in account the request comes from; null for an anonymous reader. */
  viewer: Viewer | null;
  /** The emails of account ids (revisions name their authors by id); absent where there are no accounts. */
  emailsOf?: (ids: readonly string[]) => Promise<Map<string, string>>;
}

/** A fresh context per request: loaders cache per context object, so nothing leaks between requests. */
export function createContext(
  store: Store,
  viewer: Viewer | null = null,
  emailsOf?: ParleyContext['emailsOf'],
): ParleyContext {
  return emailsOf ? { store, viewer, emailsOf } : { store, viewer };
}
