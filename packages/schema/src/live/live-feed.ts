import { type LiveCommit, LiveInterruption, type LiveUpdates } from './live-updates.ts';

/** Values one subscriber may have waiting: more means its client stopped reading, and it is let go. */
export const maxQueuedPerSubscriber = 100;

interface Subscriber {
  hear(commit: LiveCommit): void;
  end(last?: LiveInterruption): void;
}

/**
 * The fan-out of commits to the subscriptions of one process. Each subscriber's iterator ends at once when
 * its client goes (`return`), leaving nothing registered; `interrupt` ends every one with the reason.
 */
export function createLiveFeed(maxQueued = maxQueuedPerSubscriber) {
  const subscribers = new Set<Subscriber>();
  const live: LiveUpdates = {
    subscribe<T>(pick: (commit: LiveCommit) => readonly T[]) {
      const queue: (T | LiveInterruption)[] = [];
      let ended = false;
      let wake: (() => void) | null = null;
      const subscriber: Subscriber = {
        hear(commit) {
          const values = pick(commit);
          if (values.length === 0) return;
          if (queue.length + values.length > maxQueued)
            return subscriber.end(new LiveInterruption('this client did not read its updates'));
          queue.push(...values);
          wake?.();
        },
        end(last) {
          if (ended) return;
          ended = true;
          subscribers.delete(subscriber);
          if (last) queue.push(last);
          wake?.();
        },
      };
      subscribers.add(subscriber);
      const iterator: AsyncIterableIterator<T | LiveInterruption> = {
        [Symbol.asyncIterator]: () => iterator,
        async next() {
          while (queue.length === 0 && !ended) await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
          return queue.length > 0
            ? { done: false, value: queue.shift() as T | LiveInterruption }
            : { done: true, value: undefined };
        },
        async return() {
          queue.length = 0;
          subscriber.end();
          return { done: true, value: undefined };
        },
      };
      return iterator;
    },
  };
  return {
    live,
    /** Tells every subscriber of a commit. */
    publish(commit: LiveCommit) {
      for (const subscriber of subscribers) subscriber.hear(commit);
    },
    /** Ends every subscription now, each with `reason` as its last message. */
    interrupt(reason: string) {
      for (const subscriber of [...subscribers]) subscriber.end(new LiveInterruption(reason));
    },
    /** Subscriptions listening now: back to zero once every client has gone. */
    listeners: () => subscribers.size,
  };
}

export type LiveFeed = ReturnType<typeof createLiveFeed>;
