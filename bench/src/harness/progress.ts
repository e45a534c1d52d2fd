const started = performance.now();

/** One progress line on stderr, stamped with the time since the run began. */
export function progress(message: string): void {
  const seconds = (performance.now() - started) / 1000;
  const stamp = `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
  process.stderr.write(`[bench ${stamp}] ${message}\n`);
}

/** Seconds since the run began. */
export const elapsedSeconds = () => (performance.now() - started) / 1000;
