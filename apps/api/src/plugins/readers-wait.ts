import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { carriesCredentials } from './response-cache.ts';

/** When a reader's request may start: how many at once, and the hold an editor's operation may have begun. */
export interface ReaderTurns {
  /** Readers' GraphQL requests answered at once; the others wait in arrival order. */
  concurrent: number;
  /** While an editor's operation holds the store: when the hold ends. */
  held: () => Promise<void> | null;
  /** Readers' requests waiting at most (default `defaultMaxWaiting`); more are answered 503 `SERVER_BUSY`. */
  maxWaiting?: number;
}

/** Enough for every connection a few hundred clients hold open; past it waiting only adds to the delay. */
export const defaultMaxWaiting = 500;

const busy = new GraphQLError('the server is busy: retry in a moment', {
  extensions: { code: 'SERVER_BUSY', http: { status: 503, headers: { 'retry-after': '1' } } },
});

/**
 * Readers' requests wait at the door, once their body is in (a slow client holds no turn): while an editor's
 * operation holds the store, and beyond `concurrent` at once. A process whose database runs in it (PGlite) is
 * busy on its one thread with a few readers already; ten interleaved gain little, and each step of an
 * editor's request would wait a turn behind all of theirs. A request carrying a cookie or an Authorization
 * header goes straight in: this orders requests, it protects nothing (the limits in limits.ts do).
 */
export function useReadersWait({ concurrent, held, maxWaiting = defaultMaxWaiting }: ReaderTurns): Plugin {
  let running = 0;
  const waiting: (() => void)[] = [];
  // Each turn's end, by request: Yoga answers every request whose parameters were read, errors included.
  const turns = new WeakSet<Request>();
  return {
    async onParams({ request, setResult }) {
      if (carriesCredentials(request)) return;
      await held();
      if (running < concurrent) running += 1;
      else if (waiting.length >= maxWaiting) return setResult({ errors: [busy] });
      else await new Promise<void>((go) => waiting.push(go));
      turns.add(request);
    },
    onResponse({ request }) {
      if (!turns.delete(request)) return;
      const next = waiting.shift();
      // The slot goes to the next in line (running stays as it is).
      if (next) next();
      else running -= 1;
    },
  };
}
