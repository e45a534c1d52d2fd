import type { ServerResponse } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { carriesCredentials } from './response-cache.ts';

/** When a reader's request may start: how many at once, and the hold an editor's operation may have begun. */
export interface ReaderTurns {
  /** Readers' GraphQL requests answered at once; the others wait in arrival order. */
  concurrent: number;
  /** While an editor's operation holds the store: when the hold ends. */
  held: () => Promise<void> | null;
}

/**
 * Readers' requests (those without credentials) wait at the door: while an editor's operation holds the store,
 * and beyond `concurrent` at once. A process whose database runs in it (PGlite) is busy on its one thread
 * with a few readers already; ten interleaved gain little, and each step of an editor's request would wait a
 * turn behind all of theirs. A request with credentials (an editor's, a signed-in reader's) goes straight in.
 */
export function useReadersWait({ concurrent, held }: ReaderTurns): Plugin {
  let running = 0;
  const waiting: (() => void)[] = [];
  // Each turn's end, by the request's server context: a later plugin may replace the Request itself.
  const turns = new WeakMap<object, () => void>();
  const handOn = () => {
    const next = waiting.shift();
    // The slot goes to the next in line (running stays as it is).
    if (next) next();
    else running -= 1;
  };
  return {
    async onRequest({ request, url, serverContext }) {
      if (url.pathname !== '/graphql' || carriesCredentials(request)) return;
      await held();
      if (running < concurrent) running += 1;
      else await new Promise<void>((go) => waiting.push(go));
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        turns.delete(serverContext);
        handOn();
      };
      turns.set(serverContext, end);
      // However the exchange ends over HTTP, answered or not (the client gone, a handler that threw).
      (serverContext as { res?: ServerResponse }).res?.once('close', end);
    },
    onResponse({ serverContext }) {
      turns.get(serverContext)?.();
    },
  };
}
