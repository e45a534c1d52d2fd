import { round } from '../harness/median.ts';
import { progress } from '../harness/progress.ts';
import { type ServerProcess, spawnProductionApi } from '../harness/spawn-server.ts';
import { type Referenced, referencesFor } from '../sections/api.ts';
import { type DatabaseStoreKind, prepareStore } from '../stores.ts';
import { mixWorkloads } from '../workloads.ts';
import { editsSeen, responseCacheOn, roleOf } from './checks.ts';
import { closedLoop, type Figures } from './closed-loop.ts';
import { prepareEditing } from './editor-account.ts';
import { type EditStream, editStream } from './edits.ts';
import { readStream } from './reads.ts';
import { TARGET_EDIT_P99_MS, TARGET_READ_RATIO } from './targets.ts';

/** How long one client sends edits alone, after the mixed run. */
const EDITS_ALONE_SECONDS = 3;

/** What a run asks for: data size, duration, clients, how often a request is an edit, how many records to edit. */
export interface MixPlan {
  statements: number;
  seconds: number;
  connections: number;
  /** One request in this many is an edit (20: 5 %). */
  editEvery: number;
  editTargets: number;
}

/** One closed-loop run: reads and edits apart, the edits written and met with CONFLICT, the server's CPU. */
export interface RunFigures {
  seconds: number;
  /** Share of its core the server used, in %. */
  serverCpu: number;
  reads: Figures;
  edits: Figures;
  written: number;
  conflicts: number;
}

export interface MixRun {
  store: DatabaseStoreKind;
  importSeconds: number | null;
  /** What each read operation cycles through, by name. */
  cycles: Record<string, string>;
  /**
   * The server's response cache (PARLEY_RESPONSE_CACHE): off is the headline, judged against the targets; on is
   * Parley as shipped, shown beside it (its read-only reads are cache hits, so it measures the cache).
   */
  responseCache: boolean;
  editorRole: string | null;
  warmup: RunFigures[];
  readOnly: RunFigures;
  mixed: RunFigures;
  /** One client sending edits only, after the mixed run. */
  editsAlone: RunFigures;
  /** Mixed reads per second ÷ read-only reads per second. */
  readRatio: number;
  /** Edited statements read back anonymously after the mixed run. */
  editsChecked: number;
  /** Wrong answers in every run (warm-ups too) and problems the read-back found. */
  errors: number;
  /** Why the figures may not be trusted: wrong answers (warm-ups too), a cache or token not as expected. */
  problems: string[];
  /** Whether each of the targets was met. */
  pass: { editP99: boolean; readRatio: boolean };
}

/** How one closed-loop run is made. */
interface Shape {
  seconds: number;
  connections: number;
  /** Reads checked against the data computed in process (before any edit), or by the operations' checks. */
  exactReads: boolean;
  /** One request in `editEvery` is an edit of this stream; none when null. */
  edits: EditStream | null;
  editEvery: number;
  /** Requests to send at least, however long they take. */
  atLeast?: number;
}

async function run(server: ServerProcess, referenced: Referenced[], shape: Shape): Promise<RunFigures> {
  const { edits, editEvery } = shape;
  const reads = readStream(referenced, shape.exactReads);
  let sent = 0;
  const next = () => (edits && ++sent % editEvery === 0 ? edits.next() : reads());
  const cpuBefore = server.cpuSeconds();
  const loop = await closedLoop(
    `${server.url}/graphql`,
    shape.connections,
    shape.seconds,
    next,
    shape.atLeast,
  );
  return {
    ...loop,
    serverCpu: Math.round((100 * (server.cpuSeconds() - cpuBefore)) / loop.seconds),
    written: edits?.tally.written ?? 0,
    conflicts: edits?.tally.conflicts ?? 0,
  };
}

/** One progress line: the kinds of request the run sent, with their figures. */
const describe = (label: string, r: RunFigures) => {
  const parts = [`server CPU ${r.serverCpu} %`, `${r.reads.bad + r.edits.bad} wrong`];
  if (r.edits.requests)
    parts.unshift(
      `edits ${r.edits.requests} p50 ${r.edits.p50} p99 ${r.edits.p99} ms, ${r.conflicts} conflicts`,
    );
  if (r.reads.requests)
    parts.unshift(`reads ${r.reads.perSecond} req/s p50 ${r.reads.p50} p99 ${r.reads.p99} ms`);
  return `${label}: ${parts.join('; ')}`;
};

/**
 * One store: filled with synthetic statements, an editor's token made, Parley's production server started
 * with its response cache off or on; then a read-only run and a mixed run (every `editEvery`-th request an
 * edit), each after a warm-up, and the edits checked as an anonymous reader sees them.
 */
export async function runMixStore(
  kind: DatabaseStoreKind,
  plan: MixPlan,
  responseCache: boolean,
): Promise<MixRun> {
  const label = `${kind}, response cache ${responseCache ? 'on' : 'off'}`;
  progress(`${label}: importing ${plan.statements} synthetic statements`);
  const prepared = await prepareStore(kind, plan.statements);
  try {
    const { spec } = prepared;
    if (spec.kind !== 'pglite' && spec.kind !== 'postgres') throw new Error('the mix runs on a database');
    const target = spec.kind === 'pglite' ? { dataDir: spec.dataDir } : { databaseUrl: spec.databaseUrl };
    progress(`${label}: computing each read's data in process`);
    const referenced = await referencesFor(prepared, mixWorkloads);
    const { token, revisions } = await prepareEditing(target, plan.editTargets);
    const server = await spawnProductionApi(target, { PARLEY_RESPONSE_CACHE: responseCache ? 'on' : 'off' });
    try {
      const endpoint = `${server.url}/graphql`;
      const keptAnswer = await responseCacheOn(endpoint);
      const editorRole = await roleOf(endpoint, token);
      progress(
        `${label}: server ready (pid ${server.pid}); ${keptAnswer ? 'an anonymous answer kept' : 'no anonymous answer kept'}; token's role ${editorRole}`,
      );
      const base = { connections: plan.connections, editEvery: plan.editEvery };
      const stream = () => editStream(revisions, token);
      // Every read twice before measuring: the read-only run then finds each compiled (and cached, when on).
      const distinct = referenced.reduce((n, r) => n + r.requests.length, 0);
      const warmup = [
        await run(server, referenced, {
          ...base,
          seconds: Math.max(3, plan.seconds / 4),
          exactReads: true,
          edits: null,
          atLeast: 2 * distinct,
        }),
      ];
      const readOnly = await run(server, referenced, {
        ...base,
        seconds: plan.seconds,
        exactReads: true,
        edits: null,
      });
      progress(`${label}: ${describe('read-only', readOnly)}`);
      warmup.push(
        await run(server, referenced, {
          ...base,
          seconds: Math.max(2, plan.seconds / 10),
          exactReads: false,
          edits: stream(),
        }),
      );
      const mixed = await run(server, referenced, {
        ...base,
        seconds: plan.seconds,
        exactReads: false,
        edits: stream(),
      });
      progress(`${label}: ${describe('mixed', mixed)}`);
      // One client sending only edits: what an edit costs with no reads to wait behind.
      const editsAlone = await run(server, referenced, {
        seconds: EDITS_ALONE_SECONDS,
        connections: 1,
        editEvery: 1,
        exactReads: false,
        edits: stream(),
      });
      progress(`${label}: ${describe('edits alone', editsAlone)}`);
      const seen = await editsSeen(endpoint, revisions, stream(), 5, responseCache);
      const readRatio = round(mixed.reads.perSecond / readOnly.reads.perSecond);
      const runs = [...warmup, readOnly, mixed, editsAlone];
      return {
        store: kind,
        importSeconds: prepared.importSeconds,
        cycles: Object.fromEntries(referenced.map((r) => [r.name, r.cycle])),
        responseCache,
        editorRole,
        warmup,
        readOnly,
        mixed,
        editsAlone,
        readRatio,
        editsChecked: seen.checked,
        errors: runs.reduce((n, r) => n + r.reads.bad + r.edits.bad, seen.problems.length),
        problems: [
          ...runs.flatMap((r) => [...r.reads.badExamples, ...r.edits.badExamples]),
          ...seen.problems,
          ...(keptAnswer === responseCache
            ? []
            : [
                `the response cache is ${responseCache ? 'on' : 'off'} but ${keptAnswer ? 'kept an' : 'kept no'} anonymous answer`,
              ]),
          ...(editorRole === 'EDITOR' ? [] : [`the token's role is ${editorRole}, not EDITOR`]),
          ...(mixed.written > 0 ? [] : ['no edit was written']),
        ],
        pass: {
          editP99: mixed.edits.p99 !== null && mixed.edits.p99 < TARGET_EDIT_P99_MS,
          readRatio: readRatio >= TARGET_READ_RATIO,
        },
      };
    } finally {
      await server.stop();
    }
  } finally {
    prepared.dispose();
  }
}
