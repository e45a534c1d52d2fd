/** A gate that lets `open` holders in at once and queues at most `queue` more; past that, entry is refused. */
export function createGate(open: number, queue: number) {
  let inside = 0;
  const waiting: (() => void)[] = [];
  return {
    /** Resolves true once inside, or false at once when the queue is full. */
    async enter(): Promise<boolean> {
      if (inside < open) {
        inside += 1;
        return true;
      }
      if (waiting.length >= queue) return false;
      await new Promise<void>((admit) => waiting.push(admit));
      return true;
    },
    /** Leaves, handing the place to the longest waiting, if any. */
    leave(): void {
      const next = waiting.shift();
      if (next) next();
      else inside -= 1;
    },
  };
}
