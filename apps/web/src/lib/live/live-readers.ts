/** What a page's reader is told: something the page shows changed, or live updates are paused. */
export type LiveSignal = 'changed' | 'paused';

/** One reader of the site's live updates: an open `/live` stream. */
export type LiveReader = (signal: LiveSignal) => void;

/** Open `/live` streams one site process serves at most: each holds a connection and a heartbeat timer. */
export const maxReaders = 10_000;

/**
 * The readers of the site's live updates in this process, by page: the home page's (`null`) and each summit's
 * (its global id). The change feed tells them, after it has purged the page cache, so that a reader refreshing
 * on `changed` gets the new page.
 */
export function createLiveReaders(max = maxReaders) {
  const pages = new Map<string | null, Set<LiveReader>>();
  let count = 0;
  let paused = false;
  const tell = (readers: Iterable<LiveReader> | undefined, signal: LiveSignal) => {
    for (const reader of readers ?? []) reader(signal);
  };
  const everyone = () => [...pages.values()].flatMap((readers) => [...readers]);
  return {
    /**
     * Adds a reader of the home page (`summitId` null) or of a summit's page, told `paused` at once while live
     * updates are. Returns the function that removes it, or null when this process already has `max` readers.
     */
    join(summitId: string | null, reader: LiveReader): (() => void) | null {
      if (count >= max) return null;
      const readers = pages.get(summitId) ?? new Set<LiveReader>();
      pages.set(summitId, readers);
      readers.add(reader);
      count += 1;
      if (paused) reader('paused');
      return () => {
        if (!readers.delete(reader)) return;
        count -= 1;
        if (readers.size === 0) pages.delete(summitId);
      };
    },
    /** A record changed: its readers are the home page's, and those of the summits whose page shows it. */
    changed(summitIds: readonly string[]) {
      tell(pages.get(null), 'changed');
      for (const id of new Set(summitIds)) tell(pages.get(id), 'changed');
    },
    /** Live updates are back after a pause: anything may have changed meanwhile, for every reader. */
    resumed() {
      if (!paused) return;
      paused = false;
      tell(everyone(), 'changed');
    },
    /** Live updates stopped (the change feed is away): every reader is told once, until they resume. */
    paused() {
      if (paused) return;
      paused = true;
      tell(everyone(), 'paused');
    },
    /** Readers connected now. */
    readers: () => count,
  };
}

export type LiveReaders = ReturnType<typeof createLiveReaders>;

// Next may bundle the instrumentation hook (the feed) and the /live route apart: one instance per process.
const key = Symbol.for('parley.live-readers');

/** This process's readers of the site's live updates. */
export function liveReaders(): LiveReaders {
  const global = globalThis as { [key]?: LiveReaders };
  global[key] ??= createLiveReaders();
  return global[key];
}
