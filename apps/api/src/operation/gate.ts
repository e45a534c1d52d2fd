/**
 * A gate that lets `open` holders in at once and queues at most `queue` more; past that, entry is refused.
 * After a holder leaves, its place stays empty for `rest` times as long as it was held: holders get at most
 * 1 / (1 + rest) of the time, and what the gate does not guard runs in between.
 */
export function createGate(open: number, queue: number, rest = 0) {
  let inside = 0;
  const waiting: (() => void)[] = [];
  const handOver = () => {
    const next = waiting.shift();
    if (next) next();
    else inside -= 1;
  };
  return {
    /** Resolves to the function that leaves once inside, or to null at once when the queue is full. */
    async enter(): Promise<(() => void) | null> {
      if (inside < open) inside += 1;
      else if (waiting.length >= queue) return null;
      else await new Promise<void>((admit) => waiting.push(admit));
      const since = performance.now();
      return () => {
        const restMs = (performance.now() - since) * rest;
        if (restMs > 0) setTimeout(handOver, restMs);
        else handOver();
      };
    },
  };
}
