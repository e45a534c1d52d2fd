import type { Store } from '@parley/domain';

/** How store calls share the database: `slots` at once, a request's first `burst` calls in the front lane. */
export interface StoreSchedule {
  /**
   * Calls in the store at once. The SQL store sends the calls it holds together, as parts of a few statements
   * (as many parts as fit in one statement per connection): fewer slots would split a page's level into more
   * statements.
   */
  slots: number;
  /** Calls of one request that go ahead of those of requests past their own burst. */
  burst: number;
}

/** A request's page needs a dozen store calls; one that fans out into hundreds waits behind those pages. */
export const defaultBurst = 50;

// Writes: each waits for the calls running, never for those queued.
const writes = new Set<PropertyKey>(['commit', 'writeDataset']);

// Calls that do not query the store's data (or must never wait: closing, listening).
const unscheduled = new Set<PropertyKey>(['onChange', 'close', 'ping']);

/**
 * A fair queue in front of the store. A query that fans out (a list inside `nodes` of 100 ids) makes
 * hundreds of calls at once; first-come-first-served, a reader's page asked for meanwhile would wait behind
 * all of them. Here each request's first `burst` calls are served before any call past another request's
 * burst, and those past it hold one slot at most, so pages stay fast while a heavy query proceeds in the gaps.
 */
export function createStoreScheduler({ slots, burst }: StoreSchedule) {
  let running = 0;
  // Calls past their request's burst hold at most one slot: a heavy query proceeds one call at a time.
  let runningLate = 0;
  const front: (() => void)[] = [];
  const back: (() => void)[] = [];
  const dispatch = () => {
    while (running < slots) {
      const late = front.length === 0;
      const next = late ? (runningLate < 1 ? back.shift() : undefined) : front.shift();
      if (!next) return;
      running += 1;
      if (late) runningLate += 1;
      // Started at once: the SQL store gathers the calls of the turn and sends them on the next one.
      next();
    }
  };
  async function run<T>(ahead: boolean, work: () => Promise<T>, first = false): Promise<T> {
    await new Promise<void>((start) => {
      if (first) front.unshift(start);
      else (ahead ? front : back).push(start);
      dispatch();
    });
    try {
      return await work();
    } finally {
      running -= 1;
      if (!ahead) runningLate -= 1;
      dispatch();
    }
  }
  return {
    /** Calls waiting for a slot, for tests. */
    waiting: () => front.length + back.length,
    /** The store as one request sees it: every data call waits for a slot in its lane. */
    forRequest(store: Store): Store {
      let calls = 0;
      return new Proxy(store, {
        get(target, key, receiver) {
          const value = Reflect.get(target, key, receiver);
          if (typeof value !== 'function' || unscheduled.has(key)) return value;
          return (...args: unknown[]) => {
            calls += 1;
            // An editor's write goes before every waiting read: it is one call, and holds its caller.
            const write = writes.has(key);
            return run(write || calls <= burst, () => value.apply(target, args), write);
          };
        },
      });
    },
  };
}
