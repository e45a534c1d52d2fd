import {
  type Cache,
  createInMemoryCache,
  hashSHA256,
  useResponseCache,
} from '@graphql-yoga/plugin-response-cache';
import type { Store } from '@parley/domain';
import type { Plugin } from 'graphql-yoga';

/**
 * How long a response may be served from memory. Changes clear the cache at once (Store.onChange); the TTL
 * only bounds staleness should a notification be lost (e.g. the LISTEN connection dropped for a moment).
 */
export const responseCacheTtlMs = 60_000;

/** Responses kept at most (least recently used go first): bounds memory whatever queries the internet sends. */
export const responseCacheMaxEntries = 1_000;

/**
 * An in-memory cache that can be emptied at once. Keys carry the generation they were made in, and a result
 * computed before a clear (its key from an older generation) is never stored after it, so it cannot go stale.
 */
function createClearableCache(max = responseCacheMaxEntries) {
  let generation = 0;
  let inner = createInMemoryCache({ max });
  const cache: Cache = {
    get: (key) => inner.get(key),
    set: (key, ...rest) => (key.startsWith(`${generation}:`) ? inner.set(key, ...rest) : undefined),
    invalidate: (entities) => inner.invalidate(entities),
  };
  return {
    cache,
    /** The key of one operation: never shared by different documents, operation names or variables. */
    key: async (query: string, operationName: unknown, variables: unknown) => {
      const current = generation;
      return `${current}:${await hashSHA256(JSON.stringify([query, operationName ?? null, variables ?? null]))}`;
    },
    clear: () => {
      generation += 1;
      inner = createInMemoryCache({ max });
    },
  };
}

/**
 * A global response cache (Parley has no per-user data), emptied whenever the store reports a change. It
 * serves nothing until the store is listening, and stops listening when the server is disposed.
 */
export function useParleyResponseCache(store: Store, onError: (error: unknown) => void): Plugin {
  const { cache, key, clear } = createClearableCache();
  let listening = false;
  // Through a promise, so a store that throws rather than rejects only turns the cache off.
  const unsubscribe = Promise.resolve(store)
    .then((s) => s.onChange(clear))
    .then(
      (stop) => {
        listening = true;
        return stop;
      },
      (error: unknown) => {
        onError(error);
        return null;
      },
    );
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(
        useResponseCache({
          session: () => null,
          ttl: responseCacheTtlMs,
          cache,
          enabled: () => listening,
          buildResponseCacheKey: ({ documentString, operationName, variableValues }) =>
            key(documentString, operationName, variableValues),
        }),
      );
    },
    async onDispose() {
      listening = false;
      await (await unsubscribe)?.();
    },
  };
}
