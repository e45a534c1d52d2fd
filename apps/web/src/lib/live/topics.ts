import { followSubscription, type LiveOperation, type LiveSignal } from './upstream.ts';

/** Distinct subscriptions one site process holds to the API at most (the home page's and one per summit). */
export const maxTopics = 100;

interface Topic {
  readers: Set<(s: LiveSignal) => void>;
  stop: () => void;
}

const topics = new Map<string, Topic>();

/**
 * Adds a reader to the topic `key`: every reader of a topic shares one subscription to the API, opened for the
 * first and closed after the last, so that a thousand readers of a page cost the API one. Returns the function
 * that removes the reader, or null when this process already holds `maxTopics` others.
 */
export function joinTopic(
  key: string,
  operation: LiveOperation,
  reader: (s: LiveSignal) => void,
): (() => void) | null {
  let topic = topics.get(key);
  if (!topic) {
    if (topics.size >= maxTopics) return null;
    const readers = new Set<(s: LiveSignal) => void>();
    const tell = (signal: LiveSignal) => {
      for (const reader of readers) reader(signal);
    };
    topic = { readers, stop: followSubscription(operation, tell) };
    topics.set(key, topic);
  }
  const joined = topic;
  joined.readers.add(reader);
  return () => {
    if (!joined.readers.delete(reader) || joined.readers.size > 0) return;
    joined.stop();
    topics.delete(key);
  };
}
