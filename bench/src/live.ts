import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type IncomingMessage, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pinSelf } from './harness/cpu.ts';
import { freePort } from './harness/free-port.ts';
import { measure } from './harness/load.ts';
import { progress } from './harness/progress.ts';
import {
  benchAuthSecret,
  buildProductionApi,
  secondsToReady,
  spawnProductionApi,
} from './harness/spawn-server.ts';

/**
 * Live updates under load (issue 14): Parley's production server on PGlite holds `--subscribers` open
 * subscriptions over SSE (half `recordChanged`, half `summitUpdated`) while reads run at 10 connections; each of
 * `--edits` edits must reach every subscriber within 1 s. Prints the fan-out times, the reads beside them (and
 * without them, for comparison) and the resident memory each idle subscription costs. `--redis` carries the
 * commits through a redis-server of the bench's own, as several processes would.
 */
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    subscribers: { type: 'string', default: '1000' },
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '10' },
    edits: { type: 'string', default: '5' },
    redis: { type: 'boolean', default: false },
  },
});
const subscribers = Number(values.subscribers);
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const edits = Number(values.edits);
if (![subscribers, connections, seconds, edits].every((n) => Number.isInteger(n) && n > 0))
  throw new Error('--subscribers, --connections, --seconds and --edits take whole numbers above 0');

const FAN_OUT_TARGET_MS = 1_000;
const summitSlug = 'second-us-north-korea-2019';
const summitId = Buffer.from(`Summit:summit:${summitSlug}`).toString('base64url');
const subscriptions = [
  { query: 'subscription { recordChanged { id revision kind } }' },
  {
    query: 'subscription ($id: ID!) { summitUpdated(id: $id) { title status } }',
    variables: { id: summitId },
  },
];
const readQuery = JSON.stringify({
  query: `query Summit($slug: String!) { summit(slug: $slug) { title status date { label }
    meetings(first: 20) { nodes { title date { label } } } statements(first: 20) { nodes { quote speaker { name } } } } }`,
  variables: { slug: summitSlug },
});

/** The server's resident memory now, in KB. */
const rssKb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);

/** One open subscription: when its events arrived, and how to drop it. */
interface Subscriber {
  arrivals: number[];
  close: () => void;
}

/** Opens a subscription on a connection of its own; resolves once the server's first heartbeat arrives. */
function subscribe(url: string, body: object): Promise<Subscriber> {
  return new Promise((resolve, reject) => {
    const arrivals: number[] = [];
    const req = request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      },
      (res: IncomingMessage) => {
        if (res.statusCode !== 200) return reject(new Error(`subscription answered ${res.statusCode}`));
        let opened = false;
        res.on('data', (chunk: Buffer) => {
          const text = chunk.toString();
          if (text.includes('"errors"')) return reject(new Error(`subscription failed: ${text}`));
          for (const _ of text.matchAll(/event: next/g)) arrivals.push(performance.now());
          if (!opened) {
            opened = true;
            resolve({ arrivals, close: () => req.destroy() });
          }
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** A JSON POST to the API. */
async function ask(url: string, query: string, variables: object, headers = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data: Record<string, Record<string, unknown> | null> };
}

/** Starts a redis-server of the bench's own on a free port (never the machine's shared one). */
async function ownRedis(): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', ''], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.stdout?.on('data', (chunk) => String(chunk).includes('Ready to accept') && resolve());
  });
  return { url: `redis://127.0.0.1:${port}`, process: child };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

progress(`live updates: ${pinSelf()}`);
buildProductionApi();
const dataDir = mkdtempSync(join(tmpdir(), 'parley-bench-live-'));
const { openStoreWithAccounts } = await import('@parley/db');
// The seed, and an editor's token, before the server opens the folder (PGlite opens in one process at a time).
const opened = await openStoreWithAccounts({
  dataDir,
  accounts: { secret: benchAuthSecret, trustedOrigins: [], secureCookies: true },
});
await opened.accounts.addUser(
  { email: 'live@parley.example', role: 'editor' },
  'a password for the live bench',
);
const { token } = await opened.accounts.createToken('live@parley.example');
await opened.store.close();
const redis = values.redis ? await ownRedis() : null;
const server = await spawnProductionApi(
  { dataDir },
  {
    // Every subscriber comes from the bench's one address.
    PARLEY_MAX_SUBSCRIPTIONS_PER_ADDRESS: String(subscribers + 10),
    PARLEY_MAX_CONNECTIONS_PER_ADDRESS: String(subscribers + connections + 50),
    ...(redis ? { REDIS_URL: redis.url } : {}),
  },
);
const url = `${server.url}/graphql`;
const probes = [
  {
    path: '/graphql',
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: readQuery,
    verify: (body: string) => body.includes('"summit":{') && !body.includes('"errors"'),
  },
];
const plan = { warmupSeconds: 2, seconds, repeats: 1 };

/** The summit's revision now. */
const revisionNow = async () =>
  (await ask(url, `{ summit(slug: "${summitSlug}") { revision } }`, {})).data.summit?.revision;

/** Renames the summit as the editor from `revision`; throws when the edit is refused. */
async function rename(title: string, revision: unknown) {
  const answer = await ask(
    url,
    'mutation ($input: UpdateSummitInput!) { updateSummit(input: $input) { userErrors { message } } }',
    { input: { id: summitId, expectedRevision: revision, title } },
    { authorization: `Bearer ${token}` },
  );
  if ((answer.data.updateSummit?.userErrors as unknown[] | undefined)?.length !== 0)
    throw new Error(`the edit failed: ${JSON.stringify(answer)}`);
}

try {
  await secondsToReady(server);
  // Once before measuring: the first answer compiles the query and warms the database's caches.
  const first = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: readQuery,
  });
  if (!first.ok) throw new Error(`the read answered ${first.status}: ${await first.text()}`);
  progress(
    `server ${server.pid} ready (${redis ? 'commits through Redis' : 'commits in process'}); reads alone`,
  );
  // The first edit finds everything cold (the token's session, the mutation's plan): not what is timed.
  await rename('Second summit (warm-up)', await revisionNow());
  const alone = await measure(server.url, probes, connections, plan, () => server.cpuSeconds());
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const before = rssKb(server.pid);
  progress(`opening ${subscribers} subscriptions`);
  const open: Subscriber[] = [];
  for (let i = 0; i < subscribers; i += 100) {
    const batch = Array.from({ length: Math.min(100, subscribers - i) }, (_, j) =>
      subscribe(url, subscriptions[(i + j) % subscriptions.length] as object),
    );
    open.push(...(await Promise.all(batch)));
  }
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const perSubscriptionKb = (rssKb(server.pid) - before) / subscribers;

  progress(
    `reads at ${connections} connections for ${seconds} s beside ${subscribers} subscriptions, ${edits} edits`,
  );
  /** Renames the summit and waits until every subscriber has heard of it (5 s at most): how long that took. */
  const timedEdit = async (title: string) => {
    const heard = open.map((s) => s.arrivals.length);
    const revision = await revisionNow();
    const sent = performance.now();
    await rename(title, revision);
    const answered = performance.now() - sent;
    const deadline = sent + 5_000;
    while (open.some((s, i) => s.arrivals.length === heard[i]) && performance.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 5));
    const times = open
      .map((s, i) => (s.arrivals.length > (heard[i] ?? 0) ? (s.arrivals[heard[i] ?? 0] ?? 0) - sent : null))
      .filter((t): t is number => t !== null)
      .sort((a, b) => a - b);
    return {
      answered,
      first: times[0] ?? Number.NaN,
      all: times.at(-1) ?? Number.NaN,
      p50: quantile(times, 0.5),
      reached: times.length,
    };
  };
  // The process's first fan-out runs code V8 has not optimised yet: shown, not counted.
  const cold = await timedEdit('Second summit (first fan-out)');
  const fanOuts: Awaited<ReturnType<typeof timedEdit>>[] = [];
  const editing = (async () => {
    for (let edit = 0; edit < edits; edit += 1) {
      await new Promise((resolve) =>
        setTimeout(resolve, ((seconds + plan.warmupSeconds) * 1000) / (edits + 1)),
      );
      fanOuts.push(await timedEdit(`Second summit (edit ${edit + 1})`));
    }
  })();
  const beside = await measure(server.url, probes, connections, plan, () => server.cpuSeconds());
  await editing;
  for (const s of open) s.close();

  const ms = (n: number) => `${Math.round(n)} ms`;
  const fanOut = (f: typeof cold) =>
    `answered in ${ms(f.answered)}; reached ${f.reached}/${subscribers} subscribers, the first in ${ms(f.first)}, half in ${ms(f.p50)}, all in ${ms(f.all)}`;
  const reads = (r: typeof alone) =>
    `${r.requestsPerSecond} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, server CPU ${r.serverCpu ?? '?'} %`;
  const worst = Math.max(...fanOuts.map((f) => f.all));
  const everyone = fanOuts.every((f) => f.reached === subscribers && f.all <= FAN_OUT_TARGET_MS);
  process.stdout.write(
    [
      '',
      `Live updates, ${subscribers} subscriptions on one process (${redis ? 'through Redis' : 'in process'}), PGlite`,
      `  reads alone (${connections} connections):      ${reads(alone)}`,
      `  reads beside the subscriptions:      ${reads(beside)}`,
      `  first fan-out (cold, before the reads; not counted): ${fanOut(cold)}`,
      ...fanOuts.map((f, i) => `  edit ${i + 1} beside the reads: ${fanOut(f)}`),
      `  memory per idle subscription:        ${perSubscriptionKb.toFixed(1)} KB resident`,
      `  ${everyone ? 'PASS' : 'FAIL'}: every edit reached all ${subscribers} within ${FAN_OUT_TARGET_MS} ms (worst ${ms(worst)})`,
      '',
    ].join('\n'),
  );
  if (!everyone) process.exitCode = 1;
} finally {
  await server.stop();
  redis?.process.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
}
