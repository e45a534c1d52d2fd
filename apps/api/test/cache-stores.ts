import { everythingChanged, type Store, type StoreChange } from '@parley/domain';
import { createParleyYoga } from '../src/yoga.ts';

/** The store's calls, counted: a response served from the cache costs none. */
export function counting(store: Store) {
  const counter = { calls: 0 };
  const proxy = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || key === 'onChange') return value;
      return (...args: unknown[]) => {
        counter.calls += 1;
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, counter };
}

/** A store whose data the test swaps and whose change notification the test sends. */
export function changeable(initial: Store) {
  let current = initial;
  const listeners = new Set<(change: StoreChange) => void>();
  const stopped: string[] = [];
  const store: Store = new Proxy(initial, {
    get(_target, key) {
      if (key === 'onChange')
        return async (listener: (change: StoreChange) => void) => {
          listeners.add(listener);
          return async () => {
            listeners.delete(listener);
            stopped.push('stopped');
          };
        };
      const value = Reflect.get(current, key);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
  return {
    store,
    stopped,
    listeners,
    /** Serves `next` from now on, as a database would after another process wrote to it. */
    replace: (next: Store) => {
      current = next;
    },
    notify: (change: StoreChange = everythingChanged) => {
      for (const listener of listeners) listener(change);
    },
  };
}

/** Parley's server over `store`, as production builds it; the response cache on unless told otherwise. */
export const serve = (store: Store, responseCache?: boolean) =>
  createParleyYoga({
    store,
    config: {
      nodeEnv: 'production',
      corsOrigins: [],
      logLevel: 'silent',
      ...(responseCache === undefined ? {} : { responseCache }),
    },
  });

// The memory store's onChange resolves on a later tick: the cache serves only once it is listening.
export const listening = () => new Promise((resolve) => setTimeout(resolve, 0));
