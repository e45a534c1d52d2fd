import { Agent } from 'node:http';
import { percentile, round } from '../harness/median.ts';
import { summitPage } from '../operations.ts';
import { firstError, postJson } from './http.ts';

/** The normal client's figures: latency of every request (ms) and how many came back wrong. */
export interface NormalResult {
  requests: number;
  ratePerSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Requests not answered with HTTP 200 and the summit asked for (errors, other status, timeout). */
  bad: number;
  badExamples: string[];
}

/**
 * A visitor's page at a steady rate: the summit page by slug, cycling through `slugs`, sent open-loop (every
 * 1/rate s whether or not the previous ones came back, so a stalled server cannot slow the client down and
 * hide its own stall). Every answer is checked. Stops sending after `seconds`, then waits for the last ones.
 */
export async function runNormal(
  url: string,
  slugs: readonly string[],
  ratePerSecond: number,
  seconds: number,
  timeoutMs = 10_000,
): Promise<NormalResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const bodies = slugs.map((slug) => {
    const op = summitPage(slug);
    return { slug, body: JSON.stringify({ query: op.query, variables: op.variables }) };
  });
  const latencies: number[] = [];
  const badExamples: string[] = [];
  let bad = 0;
  const inFlight: Promise<void>[] = [];
  const interval = 1000 / ratePerSecond;
  const started = performance.now();
  for (let i = 0; performance.now() - started < seconds * 1000; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const { slug, body } = bodies[i % bodies.length] as { slug: string; body: string };
    inFlight.push(
      postJson(url, agent, body, timeoutMs, true).then((answer) => {
        latencies.push(answer.ms);
        let why: string | null = answer.failure;
        if (!why && answer.status !== 200) why = `${answer.status}: ${firstError(answer.head)}`;
        if (!why) {
          try {
            const json = JSON.parse(String(answer.body)) as {
              data?: { summit?: { slug?: string } };
              errors?: { message?: string }[];
            };
            if (json.errors?.length) why = `errors: ${json.errors[0]?.message}`;
            else if (json.data?.summit?.slug !== slug)
              why = `asked for ${slug}, got ${json.data?.summit?.slug}`;
          } catch {
            why = `not JSON: ${answer.head.slice(0, 80)}`;
          }
        }
        if (why) {
          bad++;
          if (badExamples.length < 4 && !badExamples.includes(why)) badExamples.push(why);
        }
      }),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    ratePerSecond,
    p50: round(percentile(sorted, 0.5)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted.at(-1) ?? Number.NaN),
    bad,
    badExamples,
  };
}
