import { randomUUID } from 'node:crypto';
import { type Cache, hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { changeTouches, type Store, type StoreChange } from '@parley/domain';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { noReads, type Reads, recordReads } from '../read-recorder.ts';

/**
 * How long a response may be served from memory. A change drops the responses it touches at once
 * (Store.onChange); the TTL only bounds staleness should a notification be lost.
 */
export const responseCacheTtlMs = 60_000;

/** What the cache may hold, whatever queries the internet sends: entries, bytes, and bytes of one entry. */
export const responseCacheLimits = {
  maxEntries: 1_000,
  maxBytes: 32 * 1024 * 1024,
  /** A larger response is served but not kept: a few of them would push out every page readers share. */
  maxEntryBytes: 256 * 1024,
};

/** Changes remembered for the responses being computed: one that started before all of them is not kept. */
export const changesKept = 1_000;

type Result = Parameters<Cache['set']>[1];

/** A kept response: its JSON text, the request that computed it (its ETag) and what it read. */
interface Entry {
  json: string;
  version: string;
  reads: Reads;
  bytes: number;
}

/** A response being computed: what it has read so far, and how many changes had been heard when it began. */
interface Computing {
  reads: Reads;
  since: number;
}

// A key is the operation's hash and the request's token: `hash.token`.
const split = (key: string) => {
  const dot = key.indexOf('.');
  return dot < 0 ? { hash: key, token: '' } : { hash: key.slice(0, dot), token: key.slice(dot + 1) };
};

/**
 * An in-memory cache of responses bounded by entries and by bytes, holding each as its JSON text (a string's
 * size is what it holds, and the collector never walks it), with what the response read from the store. A
 * change drops the responses that read what it touched; a response that read anything a change touched while
 * it was computed is never stored, so it cannot go stale. Expired entries are purged on their own.
 */
export function createResponseCache(limits = responseCacheLimits, ttl = responseCacheTtlMs) {
  const entries = new LRUCache<string, Entry>({
    max: limits.maxEntries,
    maxSize: limits.maxBytes,
    sizeCalculation: (entry) => entry.bytes,
    ttl,
    ttlAutopurge: true,
  });
  const computing = new Map<string, Computing>();
  let heard = 0;
  const recent: StoreChange[] = [];

  /** Whether a change heard since the response began touched what it read (unknown when too long ago). */
  function missed({ reads, since }: Computing) {
    const count = heard - since;
    if (count > recent.length) return true;
    return recent.slice(recent.length - count).some((change) => changeTouches(change, reads));
  }

  const cache: Cache = {
    get: (key) => {
      const { hash, token } = split(key);
      const entry = entries.get(hash);
      // A request being answered looks its operation up; a client revalidating names the version it holds.
      if (!entry || !(computing.has(token) || entry.version === token)) return undefined;
      return JSON.parse(entry.json) as Result;
    },
    set: (key, result, _entities, entryTtl) => {
      const { hash, token } = split(key);
      const response = computing.get(token);
      computing.delete(token);
      if (!response || missed(response)) return;
      const json = JSON.stringify(result);
      let bytes = Buffer.byteLength(json);
      for (const id of response.reads.ids) bytes += id.length;
      if (bytes > limits.maxEntryBytes) return;
      entries.set(hash, { json, version: token, reads: response.reads, bytes }, { ttl: entryTtl });
    },
    // The write a mutation makes reaches the cache through Store.onChange, which drops what it touched.
    invalidate: () => {},
  };
  return {
    cache,
    /** Bytes held now, for tests and the attack benchmark. */
    bytes: () => entries.calculatedSize,
    /** Requests begun and not yet ended, for tests: each is forgotten once answered. */
    computing: () => computing.size,
    /**
     * The key of one request's operation, never shared by different documents, operation names or variables,
     * and what it reads (noted in `reads`) from now on, until it is stored or `end` is called.
     */
    begin: async (query: string, operationName: unknown, variables: unknown) => {
      const hash = await hashSHA256(JSON.stringify([query, operationName ?? null, variables ?? null]));
      const token = randomUUID();
      const reads = noReads();
      computing.set(token, { reads, since: heard });
      return { key: `${hash}.${token}`, reads };
    },
    /** Forgets a request that is answered, stored or not. */
    end: (key: string) => {
      computing.delete(split(key).token);
    },
    /** Drops the responses that read what `change` touched. */
    changed: (change: StoreChange) => {
      heard += 1;
      recent.push(change);
      if (recent.length > changesKept) recent.shift();
      if (change.everything) return entries.clear();
      const touched = [...entries.entries()].filter(([, entry]) => changeTouches(change, entry.reads));
      for (const [hash] of touched) entries.delete(hash);
    },
  };
}

/** A request that says who sends it (a cookie or an Authorization header) may get an answer for that viewer. */
export const carriesCredentials = (request: Request) =>
  request.headers.has('cookie') || request.headers.has('authorization');

/** The response cache as the server uses it: its plugin, and the store each request reads through. */
export interface ParleyResponseCache {
  plugin: Plugin;
  /** The store as `request` sees it: noting what the request reads when its response may be cached. */
  storeFor: (request: Request, store: Store) => Store;
  /** Requests being answered, for tests. */
  computing: () => number;
  /** Drops what `change` touched, as if the store had reported it (a commit heard live before its NOTIFY). */
  changed: (change: StoreChange) => void;
}

/**
 * A global response cache for anonymous reads only, dropping what the store reports changed: a request
 * carrying credentials is neither answered from it nor stored in it, so nothing that depends on who asks is
 * ever served to another. It serves nothing until the store is listening, and stops listening when the
 * server is disposed.
 */
export function createParleyResponseCache(
  store: Store,
  onError: (error: unknown) => void,
): ParleyResponseCache {
  const { cache, begin, end, changed, computing } = createResponseCache();
  const requests = new WeakMap<Request, { key: string; reads: Reads }>();
  let listening = false;
  const enabled = (request: Request) => listening && !carriesCredentials(request);
  // Through a promise, so a store that throws rather than rejects only turns the cache off.
  const unsubscribe = Promise.resolve(store)
    .then((s) => s.onChange(changed))
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
  const plugin: Plugin = {
    onPluginInit({ addPlugin }) {
      addPlugin(
        useResponseCache({
          session: () => null,
          ttl: responseCacheTtlMs,
          cache,
          enabled,
          // A mutation is never answered from the cache nor kept in it (the default, pinned: turning it off would
          // cache mutations like queries); the write it makes drops what it touched through Store.onChange.
          invalidateViaMutation: true,
          buildResponseCacheKey: async ({ documentString, operationName, variableValues, request }) => {
            if (!enabled(request)) return '';
            const begun = await begin(documentString, operationName, variableValues);
            requests.set(request, begun);
            return begun.key;
          },
        }),
      );
    },
    onResponse({ request }) {
      const begun = requests.get(request);
      if (begun) end(begun.key);
    },
    async onDispose() {
      listening = false;
      await (await unsubscribe)?.();
    },
  };
  return {
    plugin,
    storeFor: (request, requestStore) => {
      const begun = requests.get(request);
      return begun ? recordReads(requestStore, begun.reads) : requestStore;
    },
    computing,
    changed,
  };
}
