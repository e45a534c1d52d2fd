import type { Operation } from '../operations.ts';
import type { ServeRequest } from '../servers/serve.ts';
import { type LoadPlan, measure, type Probe, VoidRun } from './load.ts';
import { progress } from './progress.ts';
import { spawnServer } from './spawn-server.ts';

/** One measured series: which server and operation, at how many connections, and its figures or why it is void. */
export interface Measured {
  label: string;
  operation: string;
  connections: number;
  requestsPerSecond: number | null;
  p50: number | null;
  p99: number | null;
  serverCpu: number | null;
  requests: number;
  /** Why the series is void (a bad response), null when every response was right. */
  void: string | null;
}

/**
 * Starts one server process, puts every operation through it at each connection count, stops it.
 * Returns the series and the server's peak RSS in MB.
 */
export async function serveAndMeasure(
  label: string,
  request: ServeRequest,
  work: { operation: Operation; probe: Probe }[],
  connections: number[],
  plan: LoadPlan,
): Promise<{ series: Measured[]; peakRssMb: number }> {
  const server = await spawnServer(request);
  const series: Measured[] = [];
  try {
    for (const { operation, probe } of work) {
      for (const c of connections) {
        try {
          const r = await measure(server.url, probe, c, plan, server.cpuSeconds);
          series.push({ label, operation: operation.name, ...r, void: null });
          progress(
            `  ${label} ${operation.name} c=${c}: ${r.requestsPerSecond} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms`,
          );
        } catch (error) {
          if (!(error instanceof VoidRun)) throw error;
          const base = { label, operation: operation.name, connections: c, requests: 0 };
          series.push({
            ...base,
            requestsPerSecond: null,
            p50: null,
            p99: null,
            serverCpu: null,
            void: error.message,
          });
          progress(`  ${label} ${operation.name} c=${c}: VOID (${error.message})`);
        }
      }
    }
    return { series, peakRssMb: server.peakRssMb() };
  } finally {
    await server.stop();
  }
}
