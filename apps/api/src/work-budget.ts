import type { Redis } from 'ioredis';

/** Where the work done per key and window is counted. */
interface Counts {
  get(key: string): Promise<number>;
  add(key: string, amount: number, ttlMs: number): Promise<void>;
}

/** Counts in this process, forgetting windows that have passed. */
function memoryCounts(): Counts {
  const counts = new Map<string, { amount: number; expires: number }>();
  return {
    async get(key) {
      const entry = counts.get(key);
      return entry && entry.expires > Date.now() ? entry.amount : 0;
    },
    async add(key, amount, ttlMs) {
      const now = Date.now();
      // Swept when many keys pile up, so an address seen once is not kept for ever.
      if (counts.size > 10_000) for (const [k, e] of counts) if (e.expires <= now) counts.delete(k);
      const entry = counts.get(key);
      counts.set(key, { amount: (entry?.amount ?? 0) + amount, expires: entry?.expires ?? now + ttlMs });
    },
  };
}

/** Counts in Redis, shared by every process: one INCRBY per operation, expiring with its window. */
function redisCounts(redis: Redis): Counts {
  return {
    get: async (key) => Number((await redis.get(key)) ?? 0),
    add: async (key, amount, ttlMs) => {
      await redis.multi().incrby(key, Math.ceil(amount)).pexpire(key, ttlMs).exec();
    },
  };
}

export interface WorkBudgetOptions {
  /** The window, in ms: fixed windows, numbered from the epoch, so that every process agrees on them. */
  windowMs: number;
  /** Milliseconds of work one key may spend per window. */
  budgetMs: number;
  /** Shared counts; counts in this process when null. */
  redis: Redis | null;
  /** Told when Redis cannot count: work is then let through, for a lost counter must not stop queries. */
  onError?: (error: Error) => void;
}

/**
 * A budget of work time per key (a client address) and window: heavy operations check it before they run and
 * spend what they took after. Through Redis it holds across every API process.
 */
export function createWorkBudget({ windowMs, budgetMs, redis, onError }: WorkBudgetOptions) {
  const counts = redis ? redisCounts(redis) : memoryCounts();
  const window = () => Math.floor(Date.now() / windowMs);
  const keyOf = (key: string) => `parley:work:${window()}:${key}`;
  const failOpen = (error: Error) => onError?.(error);
  return {
    /** 0 when `key` may start more work now; otherwise the seconds until its window ends. */
    async wait(key: string): Promise<number> {
      try {
        if ((await counts.get(keyOf(key))) < budgetMs) return 0;
      } catch (error) {
        failOpen(error as Error);
        return 0;
      }
      return Math.max(1, Math.ceil(((window() + 1) * windowMs - Date.now()) / 1000));
    },
    /** Counts `ms` of work done for `key`. */
    spend(key: string, ms: number): void {
      counts.add(keyOf(key), ms, windowMs).catch(failOpen);
    },
  };
}

export type WorkBudget = ReturnType<typeof createWorkBudget>;
