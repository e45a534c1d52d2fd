import autocannon from 'autocannon';
import { median, percentile, round } from './median.ts';

/** One request as sent on the wire, and how to tell a good answer from a bad one. */
export interface Probe {
  path: string;
  method: 'POST' | 'GET';
  headers: Record<string, string>;
  body?: string;
  /** True when a response body carries the expected data and no errors. */
  verify(body: string): boolean;
}

/** How long and how often to measure. */
export interface LoadPlan {
  warmupSeconds: number;
  seconds: number;
  repeats: number;
}

/** The figures of one series of repeats: medians across repeats, and the raw repeats. */
export interface LoadResult {
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Share of one core the server used while measured, in %: well under 100 means the load generator was the limit. */
  serverCpu: number | null;
  requests: number;
  repeats: {
    requestsPerSecond: number;
    p50: number;
    p99: number;
    serverCpu: number | null;
    requests: number;
  }[];
}

/** A run that saw a bad response: its figures mean nothing. */
export class VoidRun extends Error {
  override name = 'VoidRun';
}

async function fire(url: string, probes: Probe[], connections: number, seconds: number, cpu?: () => number) {
  const cpuBefore = cpu?.();
  // autocannon's histogram keeps whole milliseconds; its response event gives the exact time of each request.
  const latencies: number[] = [];
  // Each connection sends the probes in turn; a 200 whose body is not its own probe's answer counts as wrong.
  let wrong = 0;
  const requests = probes.map((probe) => ({
    method: probe.method,
    path: probe.path,
    headers: probe.headers,
    body: probe.body,
    onResponse: (status: number, body: string) => {
      if (status === 200 && !probe.verify(String(body ?? ''))) wrong++;
    },
  }));
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, requests, connections, duration: seconds, timeout: 10 },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const bad = result.non2xx + result.errors + result.timeouts + wrong;
  if (result.requests.total === 0 && bad === 0)
    throw new VoidRun(`no answer within ${seconds} s at ${connections} connections`);
  if (bad > 0) {
    throw new VoidRun(
      `${result.requests.total} requests: ${result.non2xx} not 2xx, ${result.errors} errors, ${result.timeouts} timeouts, ${wrong} with wrong data`,
    );
  }
  const sorted = Float64Array.from(latencies).sort();
  const cpuUsed = cpu && cpuBefore !== undefined ? cpu() - cpuBefore : null;
  return {
    requestsPerSecond: round(result.requests.total / result.duration, 1),
    serverCpu: cpuUsed === null ? null : Math.round((100 * cpuUsed) / result.duration),
    p50: round(percentile(sorted, 0.5)),
    p99: round(percentile(sorted, 0.99)),
    requests: result.requests.total,
  };
}

/**
 * Warms up, then measures `repeats` times, every connection sending `probes` in turn; every response of every
 * repeat (warm-up too) is checked. `cpu` reads the server's CPU seconds, to tell a saturated server from a
 * saturated load generator.
 */
export async function measure(
  url: string,
  probes: Probe[],
  connections: number,
  plan: LoadPlan,
  cpu?: () => number,
) {
  if (plan.warmupSeconds > 0) await fire(url, probes, connections, plan.warmupSeconds);
  const repeats = [];
  for (let i = 0; i < plan.repeats; i++)
    repeats.push(await fire(url, probes, connections, plan.seconds, cpu));
  return {
    connections,
    requestsPerSecond: round(median(repeats.map((r) => r.requestsPerSecond)), 1),
    p50: round(median(repeats.map((r) => r.p50))),
    p99: round(median(repeats.map((r) => r.p99))),
    serverCpu:
      repeats[0]?.serverCpu == null ? null : Math.round(median(repeats.map((r) => r.serverCpu ?? 0))),
    requests: repeats.reduce((sum, r) => sum + r.requests, 0),
    repeats,
  } satisfies LoadResult;
}
