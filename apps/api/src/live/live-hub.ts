import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createLiveFeed, type LiveCommit, type LiveUpdates } from '@parley/schema';
import { GraphQLError } from 'graphql';
import { clientAddressHeader } from '../client-address.ts';
import type { RedisConnections } from '../redis.ts';

/** The Redis channel commits travel on, one message per commit. */
export const LIVE_CHANNEL = 'parley:commits';

/** Subscriptions one process holds at most, whatever the addresses: each is a connection and a little memory. */
export const maxSubscriptionsPerProcess = 10_000;

export interface LiveHubOptions {
  /** Carries commits between processes; null keeps them in this process. */
  redis: RedisConnections | null;
  maxPerAddress: number;
  /** Where outages and recoveries are reported. */
  log: (line: string) => void;
}

const refusal = (message: string, code: string, status: number) =>
  new GraphQLError(message, { extensions: { code, http: { status, headers: { 'retry-after': '1' } } } });

/**
 * Live updates for one process: commits published by the process that made them (through Redis when set, so
 * that every process hears them, or in process) and fanned out to this process's subscriptions. While Redis is
 * away a commit may be lost: every open subscription is ended with an error and new ones are refused until it
 * answers again; a client subscribes again then and refetches what it shows.
 */
export function createLiveHub({ redis, maxPerAddress, log }: LiveHubOptions) {
  const feed = createLiveFeed();
  const perAddress = new Map<string, number>();
  const heardBy = new Set<(commit: LiveCommit) => void>();
  let open = 0;
  let up = true;
  let closed = false;
  const hear = (commit: LiveCommit) => {
    for (const listener of heardBy) listener(commit);
    feed.publish(commit);
  };

  let publish = hear;
  if (redis) {
    const target = createRedisEventTarget({
      publishClient: redis.commands,
      subscribeClient: redis.subscriber,
    });
    target.addEventListener(LIVE_CHANNEL, (event) => hear((event as CustomEvent<LiveCommit>).detail));
    up = redis.subscriber.status === 'ready';
    redis.subscriber.on('close', () => {
      if (!up || closed) return;
      up = false;
      log('live updates: Redis is unreachable; subscriptions end until it answers again');
      feed.interrupt('the event bus (Redis) is unreachable');
    });
    redis.subscriber.on('ready', () => {
      if (up) return;
      up = true;
      log('live updates: Redis answers again');
    });
    // Not through the event target, whose publish leaves a failure unhandled: the write is done either way.
    publish = (commit) => {
      redis.commands.publish(LIVE_CHANNEL, JSON.stringify(commit)).catch((error: Error) => {
        log(`live updates: a commit was not published (${error.message})`);
      });
    };
  }

  /** The live updates a request may subscribe to, counted against its client address. */
  function forRequest(request: Request): LiveUpdates {
    const address = request.headers.get(clientAddressHeader) ?? '';
    return {
      subscribe(pick) {
        if (closed || !up)
          throw refusal(
            'Live updates are unavailable for now: subscribe again shortly.',
            'LIVE_UPDATES_UNAVAILABLE',
            503,
          );
        const held = perAddress.get(address) ?? 0;
        if (held >= maxPerAddress || open >= maxSubscriptionsPerProcess)
          throw refusal(
            `Too many open subscriptions (${maxPerAddress} per client address): close one first.`,
            'TOO_MANY_SUBSCRIPTIONS',
            429,
          );
        perAddress.set(address, held + 1);
        open += 1;
        const stream = feed.live.subscribe(pick);
        let counted = true;
        const release = () => {
          if (!counted) return;
          counted = false;
          open -= 1;
          const left = (perAddress.get(address) ?? 1) - 1;
          if (left === 0) perAddress.delete(address);
          else perAddress.set(address, left);
        };
        const iterator: typeof stream = {
          [Symbol.asyncIterator]: () => iterator,
          async next() {
            const result = await stream.next();
            if (result.done) release();
            return result;
          },
          async return() {
            release();
            return stream.return?.() ?? { done: true, value: undefined };
          },
        };
        return iterator;
      },
    };
  }

  return {
    forRequest,
    publish,
    /** Calls `listener` with each commit heard, before subscribers hear it. */
    onCommit(listener: (commit: LiveCommit) => void) {
      heardBy.add(listener);
      return () => heardBy.delete(listener);
    },
    /** Subscriptions open now, and those the feed still holds: both back to zero once every client has gone. */
    listeners: () => ({ open, feed: feed.listeners(), addresses: perAddress.size }),
    /** Ends every subscription (their clients read why) and refuses new ones: the server is stopping. */
    close() {
      closed = true;
      feed.interrupt('the server is stopping');
    },
  };
}

export type LiveHub = ReturnType<typeof createLiveHub>;
