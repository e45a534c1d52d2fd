import { type Store, StoreInputError } from '@parley/domain';
import { badInput } from './errors.ts';

/** What every resolver sees: the Store, and through Pothos' dataloader plugin, per-request loaders. */
export interface ParleyContext {
  store: Store;
}

/** Turns the Store's input errors into client errors, so a bad cursor reads as such and is never masked. */
function clientErrors(store: Store): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        try {
          return await value.apply(target, args);
        } catch (error) {
          if (error instanceof StoreInputError) throw badInput(error.message, error.argument);
          throw error;
        }
      };
    },
  });
}

/** A fresh context per request: loaders cache per context object, so nothing leaks between requests. */
export function createContext(store: Store): ParleyContext {
  return { store: clientErrors(store) };
}
