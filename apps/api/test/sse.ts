import type { Json } from './yoga.ts';

/** One event of a graphql-sse stream: `next` with a result, or `complete`. */
export interface SseEvent {
  event: string;
  data: Json;
}

/** Reads a graphql-sse (distinct connections) stream: its events in order, and the heartbeats between them. */
export function sseReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let heartbeats = 0;
  // A read that outlived a timed-out `next` is kept for the next call: its chunk must not be lost.
  let reading: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  /** The next event; null when the stream ends; throws when none comes within `timeoutMs`. */
  async function next(timeoutMs = 2000): Promise<SseEvent | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.startsWith(':')) {
          heartbeats += 1;
          continue;
        }
        const field = (name: string) =>
          block
            .split('\n')
            .find((line) => line.startsWith(`${name}:`))
            ?.slice(name.length + 1)
            .trim() ?? '';
        const data = field('data');
        return { event: field('event'), data: data ? JSON.parse(data) : null };
      }
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), deadline - Date.now());
      });
      reading ??= reader.read();
      const chunk = await Promise.race([reading, timeout]).finally(() => clearTimeout(timer));
      reading = null;
      if (chunk.done) return null;
      buffer += decoder.decode(chunk.value, { stream: true });
    }
  }
  return { next, heartbeats: () => heartbeats, cancel: () => reader.cancel() };
}

/** The request that opens a subscription over SSE, as a graphql-sse client sends it. */
export const subscriptionRequest = (
  query: string,
  variables?: Record<string, unknown>,
  signal?: AbortSignal,
): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
  body: JSON.stringify({ query, variables }),
  ...(signal ? { signal } : {}),
});
