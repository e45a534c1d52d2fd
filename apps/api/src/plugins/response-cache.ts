import { type Cache, hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Store } from '@parley/domain';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';

/**
 * How long a response may be served from memory. Changes clear the cache at once (Store.onChange); the TTL
 * only bounds staleness should a notification be lost (e.g. the LISTEN connection dropped for a moment).
 */
export const responseCacheTtlMs = 60_000;

/** What the cache may hold, whatever queries the internet sends: entries, bytes, and bytes of one entry. */
export const responseCacheLimits = {
  maxEntries: 1_000,
  maxBytes: 32 * 1024 * 1024,
  /** A larger response is served but not kept: a few of them would push out every page readers share. */
  maxEntryBytes: 256 * 1024,
};

type Result = Parameters<Cache['set']>[1];

/**
 * An in-memory cache bounded by entries and by bytes, holding each response as its JSON text: a string's size
 * is what it holds (a result's objects take several times their JSON in heap) and the collector never walks it.
 * Expired entries are purged on their own, and the whole can be emptied at once. Keys carry the generation
 * they were made in, and a result computed before a clear (its key from an older generation) is never stored
 * after it, so it cannot go stale.
 */
export function createClearableCache(limits = responseCacheLimits, ttl = responseCacheTtlMs) {
  let generation = 0;
  const entries = new LRUCache<string, string>({
    max: limits.maxEntries,
    maxSize: limits.maxBytes,
    sizeCalculation: (json) => Buffer.byteLength(json),
    ttl,
    ttlAutopurge: true,
  });
  const clear = () => {
    generation += 1;
    entries.clear();
  };
  const cache: Cache = {
    get: (key) => {
      const json = entries.get(key);
      return json === undefined ? undefined : (JSON.parse(json) as Result);
    },
    set: (key, result, _entities, entryTtl) => {
      if (!key.startsWith(`${generation}:`)) return;
      const json = JSON.stringify(result);
      if (Buffer.byteLength(json) > limits.maxEntryBytes) return;
      entries.set(key, json, { ttl: entryTtl });
    },
    // Called with the records a mutation returned; emptying the whole cache is always safe.
    invalidate: clear,
  };
  return {
    cache,
    /** Bytes held now, for tests and the attack benchmark. */
    bytes: () => entries.calculatedSize,
    /** The key of one operation: never shared by different documents, operation names or variables. */
    key: async (query: string, operationName: unknown, variables: unknown) => {
      const current = generation;
      return `${current}:${await hashSHA256(JSON.stringify([query, operationName ?? null, variables ?? null]))}`;
    },
    clear,
  };
}

/** A request that says who sends it (a cookie or an Authorization header) may get an answer for that viewer. */
export const carriesCredentials = (request: Request) =>
  request.headers.has('cookie') || request.headers.has('authorization');

/**
 * A global response cache for anonymous reads only, emptied whenever the store reports a change: a request
 * carrying credentials is neither answered from it nor stored in it, so nothing that depends on who asks is
 * ever served to another. It serves nothing until the store is listening, and stops listening when the
 * server is disposed.
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
          enabled: (request) => listening && !carriesCredentials(request),
          // A mutation is never answered from the cache nor kept in it (the default, pinned: turning it off would
          // cache mutations like queries); the write it makes empties the cache through Store.onChange.
          invalidateViaMutation: true,
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
