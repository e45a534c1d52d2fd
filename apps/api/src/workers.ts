import cluster, { type Worker } from 'node:cluster';
import type { Config } from './config.ts';

/** How long the primary waits before replacing a worker that died, so that a crash loop does not spin. */
const RESTART_DELAY_MS = 1000;

/**
 * The primary of PARLEY_API_WORKERS: forks that many API processes, which share the one port (node:cluster hands
 * out connections in turn). A worker that dies after it was serving is replaced; one that dies while starting
 * means the start failed (its error is printed): the rest are stopped and the primary exits with 1. SIGTERM and
 * SIGINT are passed on, and the primary exits once every worker has finished its requests.
 */
export function runWorkers(count: number, { host, port }: Pick<Config, 'host' | 'port'>): void {
  let stopping = false;
  const serving = new Set<Worker>();
  const fork = () => {
    const worker = cluster.fork();
    worker.once('listening', () => serving.add(worker));
  };
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    const done = () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(code);
    };
    cluster.on('exit', done);
    done();
  };
  cluster.on('exit', (worker, exitCode, signal) => {
    if (stopping) return;
    if (!serving.delete(worker)) {
      console.error(`worker ${worker.process.pid} could not start; stopping the others`);
      return stop(1);
    }
    console.error(`worker ${worker.process.pid} exited (${signal ?? exitCode}); starting another`);
    setTimeout(() => !stopping && fork(), RESTART_DELAY_MS).unref();
  });
  console.info(`Parley API: ${count} worker processes on http://${host}:${port}/graphql`);
  for (let i = 0; i < count; i += 1) fork();
  process.once('SIGTERM', () => stop(0));
  process.once('SIGINT', () => stop(0));
}
