import type { ServeRequest } from '../servers/serve.ts';
import { type LoadPlan, measure, type Probe, VoidRun } from './load.ts';
import { progress } from './progress.ts';
import { spawnServer } from './spawn-server.ts';

/** One measured series: which server and operation, at how many connections, and its figures or why it is void. */
export interface Measured {
  label: string;
  operation: string;
  /** How many different requests the series went through, each connection sending them in turn. */
  distinct: number;
  connections: number;
  requestsPerSecond: number | null;
  p50: number | null;
  p99: number | null;
  serverCpu: number | null;
  requests: number;
  /** Why the series is void (a bad response), null when every response was right. */
  void: string | null;
}

/** What one series sends: an operation's name and its requests, sent in turn (repeats allowed). */
export interface Work {
  operation: string;
  probes: Probe[];
  /** Connection counts for this work, instead of the run's. */
  connections?: number[];
}

/** How many requests the warm-up keeps in flight. */
const WARMUP_CONCURRENCY = 4;

/**
 * Sends every different request of `work` once (unchecked: the series check them), so that no series pays
 * for the server's first compilation of a document or the store's cold caches, the first one least of all.
 */
export async function touchEach(url: string, work: Work[]): Promise<void> {
  const distinct = [
    ...new Map(work.flatMap((w) => w.probes).map((p) => [`${p.path} ${p.body}`, p])).values(),
  ];
  let next = 0;
  const worker = async () => {
    while (next < distinct.length) {
      const probe = distinct[next++] as Probe;
      const response = await fetch(url + probe.path, {
        method: probe.method,
        headers: probe.headers,
        ...(probe.body === undefined ? {} : { body: probe.body }),
      });
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: WARMUP_CONCURRENCY }, worker));
}

/**
 * Starts one server process, sends each different request once, puts every operation through it at each
 * connection count, stops it. Returns the series and the server's peak RSS in MB.
 */
export async function serveAndMeasure(
  label: string,
  request: ServeRequest,
  work: Work[],
  connections: number[],
  plan: LoadPlan,
): Promise<{ series: Measured[]; peakRssMb: number }> {
  const server = await spawnServer(request);
  const series: Measured[] = [];
  try {
    await touchEach(server.url, work);
    for (const { operation, probes, connections: own } of work) {
      for (const c of own ?? connections) {
        const base = { label, operation, distinct: new Set(probes).size, connections: c };
        try {
          const r = await measure(server.url, probes, c, plan, server.cpuSeconds);
          series.push({ ...base, ...r, void: null });
          progress(
            `  ${label} ${operation} c=${c}: ${r.requestsPerSecond} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms`,
          );
        } catch (error) {
          if (!(error instanceof VoidRun)) throw error;
          series.push({
            ...base,
            requests: 0,
            requestsPerSecond: null,
            p50: null,
            p99: null,
            serverCpu: null,
            void: error.message,
          });
          progress(`  ${label} ${operation} c=${c}: VOID (${error.message})`);
        }
      }
    }
    return { series, peakRssMb: server.peakRssMb() };
  } finally {
    await server.stop();
  }
}
