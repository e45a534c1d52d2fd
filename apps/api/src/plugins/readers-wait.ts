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
  const answering = new WeakSet<Request>();
  const turn = (): Promise<void> | undefined => {
    if (running < concurrent) {
      running += 1;
      return undefined;
    }
    // The slot is handed over by the request that ends (running stays as it is).
    return new Promise((go) => waiting.push(go));
  };
  return {
    async onRequest({ request, url }) {
      if (url.pathname !== '/graphql' || carriesCredentials(request)) return;
      await held();
      await turn();
      answering.add(request);
    },
    onResponse({ request }) {
      if (!answering.delete(request)) return;
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    },
  };
}
