import type { Store } from '@parley/domain';

/** What every resolver sees: the Store, and through Pothos' dataloader plugin, per-request loaders. */
export interface ParleyContext {
  store: Store;
}

/** A fresh context per request: loaders cache per context object, so nothing leaks between requests. */
export function createContext(store: Store): ParleyContext {
  return { store };
}
