import { Agent } from 'node:http';
import { firstError, postJson } from './http.ts';
import { bodyOf, describe, idsVariant, queryOf, randomFrom, type Shape } from './queries.ts';

/** What the attack bench asks of its attacker process (argv[2], JSON). */
export interface AttackerRequest {
  url: string;
  /** Date.now() at which every loop stops sending. */
  deadline: number;
  /** Global ids the variants draw from. */
  pool: string[];
  /** Each attack's connections and the shapes each connection sends in turn (big, then allowed, …). */
  attacks: { name: 'fill' | 'cost'; connections: number; shapes: Shape[] }[];
  timeoutMs: number;
  /** A bound on each loop whatever the deadline: the loop stops by itself. */
  maxPerConnection: number;
}

/** Tally of one shape's requests. */
export interface ShapeTally {
  shape: string;
  ids: number;
  /** Bytes of one request body (every variant of a shape is the same size). */
  requestBytes: number;
  sent: number;
  /** HTTP 200 with data and no `errors`. */
  answered: number;
  /** Any response carrying `errors` (or a non-200 status). */
  refused: number;
  /** No response: timeout or connection error. */
  failed: number;
  statuses: Record<string, number>;
  bytesSent: number;
  bytesReceived: number;
  /** Largest response body, in bytes. */
  largestAnswer: number;
  /** Slowest response, in ms. */
  slowestMs: number;
  /** A few distinct error messages or failures, as seen. */
  messages: string[];
}

export interface AttackTally {
  name: 'fill' | 'cost';
  connections: number;
  shapes: ShapeTally[];
}

/** How long after the deadline requests still out are awaited before they are cut. */
const GRACE_MS = 5_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function tallyFor(shape: Shape, pool: string[]): ShapeTally {
  return {
    shape: describe(shape),
    ids: shape.ids,
    requestBytes: Buffer.byteLength(
      bodyOf(
        queryOf(shape),
        idsVariant(pool, shape.ids, () => 0),
      ),
    ),
    sent: 0,
    answered: 0,
    refused: 0,
    failed: 0,
    statuses: {},
    bytesSent: 0,
    bytesReceived: 0,
    largestAnswer: 0,
    slowestMs: 0,
    messages: [],
  };
}

/** One connection's loop: sends its attack's shapes in turn, each a fresh variant, until the deadline. */
async function loop(
  request: AttackerRequest,
  shapes: Shape[],
  tallies: ShapeTally[],
  seed: number,
): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const random = randomFrom(seed);
  const queries = shapes.map(queryOf);
  for (let i = 0; i < request.maxPerConnection && Date.now() < request.deadline; i++) {
    const k = i % shapes.length;
    const shape = shapes[k] as Shape;
    const tally = tallies[k] as ShapeTally;
    const body = bodyOf(queries[k] as string, idsVariant(request.pool, shape.ids, random));
    tally.sent++;
    tally.bytesSent += Buffer.byteLength(body);
    // Cut at the deadline plus a grace, so the run ends on time however slow the server has become.
    const timeout = Math.min(request.timeoutMs, request.deadline + GRACE_MS - Date.now());
    const answer = await postJson(request.url, agent, body, Math.max(1000, timeout));
    tally.slowestMs = Math.max(tally.slowestMs, Math.round(answer.ms));
    const note = (message: string) => {
      if (tally.messages.length < 4 && !tally.messages.includes(message)) tally.messages.push(message);
    };
    if (answer.failure) {
      tally.failed++;
      note(answer.failure);
      // A server that went away refuses at once: wait a little so the loop does not spin.
      await sleep(200);
      continue;
    }
    tally.statuses[answer.status] = (tally.statuses[answer.status] ?? 0) + 1;
    tally.bytesReceived += answer.bytes;
    if (answer.status === 200 && !answer.hasErrors) {
      tally.answered++;
      tally.largestAnswer = Math.max(tally.largestAnswer, answer.bytes);
    } else {
      tally.refused++;
      note(`${answer.status}: ${firstError(answer.head)}`);
    }
  }
  agent.destroy();
}

/** Runs every attack's connections at once; resolves with the tallies when all loops have stopped. */
export async function runAttacks(request: AttackerRequest): Promise<AttackTally[]> {
  const tallies = request.attacks.map((attack) => ({
    name: attack.name,
    connections: attack.connections,
    shapes: attack.shapes.map((shape) => tallyFor(shape, request.pool)),
  }));
  const loops: Promise<void>[] = [];
  request.attacks.forEach((attack, a) => {
    for (let c = 0; c < attack.connections; c++) {
      // Connections start on different shapes, so big and allowed requests are in flight together.
      const shapes = [
        ...attack.shapes.slice(c % attack.shapes.length),
        ...attack.shapes.slice(0, c % attack.shapes.length),
      ];
      const order = shapes.map((s) => attack.shapes.indexOf(s));
      const mine = order.map((k) => (tallies[a] as AttackTally).shapes[k] as ShapeTally);
      loops.push(loop(request, shapes, mine, 1000 * (a + 1) + c));
    }
  });
  await Promise.all(loops);
  return tallies;
}

// Run as a child process (niced, beside the normal-query client): argv[2] is the JSON AttackerRequest; the
// tallies go to stdout as one JSON line when every loop has stopped.
if (process.argv[1]?.endsWith('attacker.ts') && process.argv[2]) {
  const tallies = await runAttacks(JSON.parse(process.argv[2]) as AttackerRequest);
  process.stdout.write(`${JSON.stringify(tallies)}\n`);
  process.exit(0);
}
