import { Agent } from 'node:http';
import { type Answer, firstError, postJson } from '../attack/http.ts';
import { percentile, round } from '../harness/median.ts';

/** One request of the loop: a read or an edit, its body, and how to tell a right answer (HTTP 200) from a wrong one. */
export interface Step {
  kind: 'read' | 'edit';
  body: string;
  headers?: Record<string, string>;
  /** Whether `check` reads the whole body (only a sample of the reads is parsed). */
  keepBody: boolean;
  /** Why a 200 answer is wrong; null when it is right. */
  check(answer: Answer): string | null;
}

/** The figures of one kind of request over a run: rate, latency (ms) and wrong answers. */
export interface Figures {
  requests: number;
  perSecond: number;
  /** Null when none of this kind was sent. */
  p50: number | null;
  p99: number | null;
  /** Answers that were not HTTP 200 with the right data (errors, timeouts, refusals). */
  bad: number;
  badExamples: string[];
}

class Tally {
  readonly latencies: number[] = [];
  bad = 0;
  readonly badExamples: string[] = [];

  add(ms: number, why: string | null) {
    this.latencies.push(ms);
    if (!why) return;
    this.bad++;
    if (this.badExamples.length < 4 && !this.badExamples.includes(why)) this.badExamples.push(why);
  }

  figures(seconds: number): Figures {
    const sorted = Float64Array.from(this.latencies).sort();
    const at = (share: number) => (sorted.length ? round(percentile(sorted, share)) : null);
    return {
      requests: sorted.length,
      perSecond: round(sorted.length / seconds, 1),
      p50: at(0.5),
      p99: at(0.99),
      bad: this.bad,
      badExamples: this.badExamples,
    };
  }
}

/**
 * `connections` clients, each sending `next()`'s request as soon as its previous one is answered (closed
 * loop, HTTP/1.1 keep-alive), until `seconds` have passed and at least `atLeast` requests were sent; the
 * requests still out are waited for. Every answer is checked, and reads and edits are timed apart.
 */
export async function closedLoop(
  url: string,
  connections: number,
  seconds: number,
  next: () => Step,
  atLeast = 0,
  timeoutMs = 30_000,
): Promise<{ seconds: number; reads: Figures; edits: Figures }> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const tallies = { read: new Tally(), edit: new Tally() };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let sent = 0;
  const client = async () => {
    while (performance.now() < deadline || sent < atLeast) {
      sent++;
      const step = next();
      const answer = await postJson(url, agent, step.body, timeoutMs, step.keepBody, step.headers);
      const why =
        answer.failure ??
        (answer.status === 200 ? step.check(answer) : `${answer.status}: ${firstError(answer.head)}`);
      tallies[step.kind].add(answer.ms, why);
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, client));
  } finally {
    agent.destroy();
  }
  const elapsed = (performance.now() - started) / 1000;
  return {
    seconds: round(elapsed),
    reads: tallies.read.figures(elapsed),
    edits: tallies.edit.figures(elapsed),
  };
}
