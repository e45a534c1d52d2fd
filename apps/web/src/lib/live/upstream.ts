import { apiUrl } from '../api-url.ts';
import { serverSentEvents } from '../changes/server-sent-events.ts';

/** What the site's readers are told: something they see changed, or live updates are paused. */
export type LiveSignal = 'changed' | 'paused';

/** A subscription as the API takes it over SSE. */
export interface LiveOperation {
  query: string;
  variables?: Record<string, unknown>;
}

/** How long a subscription must stay open, without an error, to count as listening again after a pause. */
const SETTLED_MS = 2_000;
/** A stream silent this long is taken for dead: the API sends a heartbeat every 12 s. */
const SILENCE_MS = 30_000;
const RETRY_MS = { first: 1_000, most: 30_000 };

/**
 * Holds one subscription to the API and tells `signal` what it hears: `changed` for each event, `paused` when
 * it ends or fails (then it subscribes again, waiting longer each time), and `changed` once it has been
 * listening again for a while, since whatever happened meanwhile was missed. Returns the function that stops it.
 */
export function followSubscription(operation: LiveOperation, signal: (s: LiveSignal) => void): () => void {
  const abort = new AbortController();
  let paused = false;
  const pause = () => {
    if (!paused) signal('paused');
    paused = true;
  };
  void (async () => {
    let wait = RETRY_MS.first;
    while (!abort.signal.aborted) {
      let settled: ReturnType<typeof setTimeout> | undefined;
      const attempt = new AbortController();
      const stop = () => attempt.abort();
      abort.signal.addEventListener('abort', stop);
      let silent = setTimeout(stop, SILENCE_MS);
      try {
        const response = await fetch(apiUrl(), {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
          body: JSON.stringify(operation),
          signal: attempt.signal,
          // Never Next's data cache: a stream is read as it comes.
          cache: 'no-store',
        });
        if (!response.ok || !response.body) throw new Error(`the API answered ${response.status}`);
        settled = setTimeout(() => {
          wait = RETRY_MS.first;
          if (paused) signal('changed');
          paused = false;
        }, SETTLED_MS);
        for await (const event of serverSentEvents(response.body)) {
          clearTimeout(silent);
          silent = setTimeout(stop, SILENCE_MS);
          if (event?.event !== 'next') continue;
          // An error ends the subscription (the API's event bus went away, or it refused this one).
          if ((JSON.parse(event.data) as { errors?: unknown[] }).errors) break;
          signal('changed');
        }
      } catch {
        // Told below, as an end of the stream is.
      } finally {
        clearTimeout(settled);
        clearTimeout(silent);
        attempt.abort();
        abort.signal.removeEventListener('abort', stop);
      }
      if (abort.signal.aborted) return;
      pause();
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = Math.min(wait * 2, RETRY_MS.most);
    }
  })();
  return () => abort.abort();
}
