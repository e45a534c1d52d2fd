import { stringifyDocument } from '@urql/core';
import { graphql, type ResultOf } from '../../graphql.ts';
import type { LiveReaders } from '../live/live-readers.ts';
import { serverSentEvents } from './server-sent-events.ts';

/** The API's change feed: one event per record a committed write changed, with the summits whose page shows it. */
const RecordChanged = graphql(`
  subscription RecordChanged {
    recordChanged {
      id
      summitIds
    }
  }
`);
const SUBSCRIPTION = JSON.stringify({ query: stringifyDocument(RecordChanged) });

export interface FollowChangesOptions {
  /** The API's GraphQL endpoint; the feed is its `recordChanged` subscription over server-sent events. */
  apiUrl: () => string;
  /** Makes every cached page stale, so that the next reader of each gets it rendered anew; resolves when done. */
  purge: () => Promise<void> | void;
  /** The pages' live readers (/live), told of changes once they are purged and settled, and when the feed goes or returns. */
  readers?: Pick<LiveReaders, 'changed' | 'resumed' | 'paused'>;
  /** How long to wait before subscribing again, and how often to purge while no feed is heard. */
  retryMs?: number;
  /** How long a render that began before a change may take to finish and be kept: purged once more after it. */
  settleMs?: number;
  /** How long a stream may stay silent before it is taken for dead (the API sends a keep-alive every 12 s). */
  silenceMs?: number;
  log?: (line: string) => void;
}

/** Why one subscription ended, in words for the log. */
type Ending = string;

/**
 * Keeps the site's cached pages no staler than the API's data: subscribes to the API's change feed and purges
 * on every change, on every (re)connection (for what changed while not listening), and every `retryMs` while no
 * feed is heard (the API down, restarting, or without subscriptions), so a write shows within about a second
 * whatever happens to the feed. The pages' live readers hear of changes only after the purge that follows them has
 * settled (a refresh must not get the old page), `paused` while the feed is away, and `changed`, all of them, once it is back. Answers
 * `stop` for a clean shutdown.
 */
export function followChanges({
  apiUrl,
  purge,
  readers,
  retryMs = 1_000,
  settleMs = 1_000,
  silenceMs = 30_000,
  log = console.log,
}: FollowChangesOptions): { stop: () => void } {
  const stopped = new AbortController();
  let listening = false;
  // Why the feed is away (null while it is heard): logged when it changes, not once a second.
  let trouble: Ending | null = 'not subscribed yet';
  let settle: ReturnType<typeof setTimeout> | undefined;
  // The summits of the changes the readers have not been told of yet (null: none), and since when.
  let untold: Set<string> | null = null;
  let untoldSince = 0;
  const tellReaders = () => {
    if (!untold) return;
    const summitIds = [...untold];
    untold = null;
    readers?.changed(summitIds);
  };
  const changed = (summitIds?: readonly string[]): Promise<void> => {
    const purged = Promise.resolve(purge());
    if (summitIds) {
      if (!untold) untoldSince = Date.now();
      untold ??= new Set();
      for (const id of summitIds) untold.add(id);
    }
    // A render that read the API before this change (or another API process that had not heard of it yet) may
    // be kept after the purge: purge once more when it is done, and only then tell the readers, once for every
    // change meanwhile (a write of 30 records refreshes a page once), and never more than 3 settles late.
    clearTimeout(settle);
    const wait = untold ? Math.min(settleMs, Math.max(0, untoldSince + 3 * settleMs - Date.now())) : settleMs;
    settle = setTimeout(() => void Promise.resolve(purge()).then(tellReaders), wait);
    return purged;
  };
  const gap = setInterval(() => {
    if (!listening) purge();
  }, retryMs);

  async function subscribeOnce(): Promise<Ending> {
    const attempt = new AbortController();
    const cancel = () => attempt.abort();
    stopped.signal.addEventListener('abort', cancel);
    let silent = setTimeout(cancel, silenceMs);
    let recovered: ReturnType<typeof setTimeout> | undefined;
    try {
      const response = await fetch(apiUrl(), {
        method: 'POST',
        // Uncompressed: a compressor may hold an event back until more follow.
        headers: {
          'content-type': 'application/json',
          accept: 'text/event-stream',
          'accept-encoding': 'identity',
        },
        body: SUBSCRIPTION,
        signal: attempt.signal,
      });
      if (!response.ok || !response.body) return `the API answered HTTP ${response.status}`;
      listening = true;
      const caughtUp = changed();
      // Back only once the API has kept the subscription: it refuses one (no live updates) with an event at once.
      recovered = setTimeout(() => {
        if (trouble) log('change feed: listening');
        trouble = null;
        void caughtUp.then(() => {
          if (listening) readers?.resumed();
        });
      }, retryMs);
      for await (const event of serverSentEvents(response.body)) {
        clearTimeout(silent);
        silent = setTimeout(cancel, silenceMs);
        if (event?.event === 'complete') return 'the API ended the subscription';
        if (event?.event !== 'next') continue;
        const { data, errors } = JSON.parse(event.data) as {
          data?: ResultOf<typeof RecordChanged>;
          errors?: { message: string }[];
        };
        if (errors) return errors.map((error) => error.message).join('; ');
        changed(data?.recordChanged.summitIds ?? []);
      }
      return attempt.signal.aborted
        ? `no word from the API for ${silenceMs} ms`
        : 'the API closed the stream';
    } catch (error) {
      if (attempt.signal.aborted) return `no word from the API for ${silenceMs} ms`;
      // fetch says only "fetch failed"; its cause says why (e.g. the connection was refused).
      return String((error as { cause?: unknown }).cause ?? error);
    } finally {
      listening = false;
      attempt.abort();
      clearTimeout(silent);
      clearTimeout(recovered);
      stopped.signal.removeEventListener('abort', cancel);
    }
  }

  (async () => {
    while (!stopped.signal.aborted) {
      const ending = await subscribeOnce();
      if (stopped.signal.aborted) break;
      readers?.paused();
      if (ending !== trouble)
        log(`change feed: ${ending}; purging the page cache every ${retryMs} ms until it is back`);
      trouble = ending;
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  })();

  return {
    stop() {
      stopped.abort();
      clearInterval(gap);
      clearTimeout(settle);
    },
  };
}
