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
  /** How long an editor's operation may keep readers' calls waiting (default `defaultWriteHoldMs`). */
  writeHoldMs?: number;
  /**
   * Readers' requests answered at once (default no limit): over PGlite, whose queries run on the API's own
   * thread, a few (plugins/readers-wait.ts).
   */
  readers?: number;
  /** How the store itself sends an editor's reads first (the SQL store's `readPriority`). */
  priority?: StorePriority;
}

/** A store's own queue of reads: an editor's calls run `ahead`, and while one runs the others are held. */
export interface StorePriority {
  ahead<T>(work: () => T): T;
  hold(): () => void;
}

// The memory store sends nothing: its calls need no order beyond the scheduler's.
const noPriority: StorePriority = { ahead: (work) => work(), hold: () => () => {} };

/** A request's page needs a dozen store calls; one that fans out into hundreds waits behind those pages. */
export const defaultBurst = 50;

/**
 * How long an editor's operation may keep readers' calls waiting: an edit takes 20 ms or so alone, a large
 * proposal may take far longer, and readers must not stall behind it.
 */
export const defaultWriteHoldMs = 100;

// Writes: each waits for the calls running, never for those queued.
const writes = new Set<PropertyKey>(['commit', 'writeDataset']);

// Calls that do not query the store's data (or must never wait: closing, listening).
const unscheduled = new Set<PropertyKey>(['onChange', 'close', 'ping']);

/** What the scheduler knows of one request: whether it runs an editor's operation (a mutation). */
export interface RequestLane {
  writing: boolean;
}

/**
 * A fair queue in front of the store. A query that fans out (a list inside `nodes` of 100 ids) makes
 * hundreds of calls at once; first-come-first-served, a reader's page asked for meanwhile would wait behind
 * all of them. Here each request's first `burst` calls are served before any call past another request's
 * burst, and those past it hold one slot at most, so pages stay fast while a heavy query proceeds in the gaps.
 * An editor's operation goes first: its calls before every waiting call, and while it runs (up to
 * `writeHoldMs`) readers' calls wait, so that an edit is not a turn among ten readers' at every step.
 */
export function createStoreScheduler({
  slots,
  burst,
  writeHoldMs = defaultWriteHoldMs,
  priority = noPriority,
}: StoreSchedule) {
  let running = 0;
  // Calls past their request's burst hold at most one slot: a heavy query proceeds one call at a time.
  let runningLate = 0;
  const writers: (() => void)[] = [];
  const front: (() => void)[] = [];
  const back: (() => void)[] = [];
  // The one hold readers may be under: the editors' operations in it, its end, and the rest after it.
  let hold: {
    editors: number;
    timer: NodeJS.Timeout;
    releaseStore: () => void;
    ended: Promise<void>;
    end: () => void;
  } | null = null;
  let restUntil = 0;
  const endHold = (ranOut: boolean) => {
    if (!hold) return;
    clearTimeout(hold.timer);
    hold.releaseStore();
    hold.end();
    // A hold that ran out (long work, or editors one after another) is followed by as long a rest.
    if (ranOut) restUntil = performance.now() + writeHoldMs;
    hold = null;
    dispatch();
  };
  const nextCall = (): { start: () => void; late: boolean } | undefined => {
    const writer = writers.shift();
    if (writer) return { start: writer, late: false };
    if (hold) return undefined;
    if (front.length > 0) return { start: front.shift() as () => void, late: false };
    const late = runningLate < 1 ? back.shift() : undefined;
    return late ? { start: late, late: true } : undefined;
  };
  function dispatch() {
    // While readers are held an editor's call starts even with every slot taken: readers' running calls may
    // be waiting on reads the hold keeps back.
    while (running < slots || (hold && writers.length > 0)) {
      const next = nextCall();
      if (!next) return;
      running += 1;
      if (next.late) runningLate += 1;
      // Started at once: the SQL store gathers the calls of the turn and sends them on the next one.
      next.start();
    }
  }
  type Lane = 'writer' | 'ahead' | 'late';
  async function run<T>(lane: Lane, work: () => Promise<T>): Promise<T> {
    await new Promise<void>((start) => {
      ({ writer: writers, ahead: front, late: back })[lane].push(start);
      dispatch();
    });
    try {
      return await work();
    } finally {
      running -= 1;
      if (lane === 'late') runningLate -= 1;
      dispatch();
    }
  }
  return {
    /** While readers are held: when the hold ends (a reader's request waits for it before it starts). */
    readersHeld: (): Promise<void> | null => hold?.ended ?? null,
    /** Calls waiting for a slot, for tests. */
    waiting: () => writers.length + front.length + back.length,
    /**
     * Marks the request an editor's until `release` is called: its first `burst` calls go before every waiting
     * call. Readers' calls wait meanwhile, under one hold at a time shared by the editors at work, which ends
     * when they are done or `writeHoldMs` after it began; one that runs out is followed by as long a rest.
     */
    hold(lane: RequestLane): () => void {
      lane.writing = true;
      if (!hold && performance.now() >= restUntil) {
        let end = () => {};
        const ended = new Promise<void>((resolve) => (end = resolve));
        hold = {
          editors: 0,
          timer: setTimeout(() => endHold(true), writeHoldMs).unref(),
          releaseStore: priority.hold(),
          ended,
          end,
        };
      }
      const joined = hold;
      if (joined) joined.editors += 1;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        lane.writing = false;
        if (joined && joined === hold && --joined.editors === 0) endHold(false);
        else dispatch();
      };
    },
    /** The store as one request sees it: every data call waits for a slot in its lane. */
    forRequest(store: Store, lane: RequestLane = { writing: false }): Store {
      let calls = 0;
      return new Proxy(store, {
        get(target, key, receiver) {
          const value = Reflect.get(target, key, receiver);
          if (typeof value !== 'function' || unscheduled.has(key)) return value;
          return (...args: unknown[]) => {
            calls += 1;
            // An editor's write goes before every waiting read: it is one call, and holds its caller.
            const first = (lane.writing && calls <= burst) || writes.has(key);
            const call = () => value.apply(target, args);
            return run(
              first ? 'writer' : calls <= burst ? 'ahead' : 'late',
              first ? () => priority.ahead(call) : call,
            );
          };
        },
      });
    },
  };
}
