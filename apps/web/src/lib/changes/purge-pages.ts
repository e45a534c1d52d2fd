import { PURGE_SECRET_HEADER, purgeSecret } from './purge-secret.ts';

/** The site's route that purges its page cache; it answers only this process (see purge-secret.ts). */
export const PURGE_PATH = '/cache-purge';

/**
 * This process's own address. Next knows it once it listens (`next start --hostname` may bind one interface
 * only); PORT alone, on loopback, is what is left when Next stops telling.
 */
const ownOrigin = () => process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;

/**
 * Purges the page cache of this process through its own purge route: revalidation needs a request of Next's
 * to run in, which a change heard in the background is not. Each call resolves once a purge that began after
 * it is done (never rejects): calls made while one is under way share one more, run after it.
 */
export function purgePages(log: (line: string) => void = console.error): () => Promise<void> {
  let current: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const once = async () => {
    try {
      const response = await fetch(new URL(PURGE_PATH, ownOrigin()), {
        method: 'POST',
        headers: { [PURGE_SECRET_HEADER]: purgeSecret() },
      });
      if (!response.ok) log(`page cache: the purge route answered HTTP ${response.status}`);
    } catch (error) {
      log(
        `page cache: the purge route did not answer (${String((error as { cause?: unknown }).cause ?? error)})`,
      );
    }
  };
  const start = () => {
    const run: Promise<void> = once().finally(() => {
      if (current === run) current = null;
    });
    current = run;
    return run;
  };
  return () => {
    if (!current) return start();
    // The purge under way may have begun before this call's change: one more after it.
    queued ??= current.then(() => {
      queued = null;
      // One begun meanwhile began after the change too.
      return current ?? start();
    });
    return queued;
  };
}
