import { hwmMb, rssMb, sampleRss } from '../attack/rss.ts';
import { type LoadResult, measure, VoidRun } from '../harness/load.ts';
import { median } from '../harness/median.ts';
import { progress } from '../harness/progress.ts';
import { touchEach, type Work } from '../harness/serve-and-measure.ts';
import { buildProductionApi, secondsToReady, spawnProductionApi } from '../harness/spawn-server.ts';
import type { Plan } from '../plan.ts';
import { type DatabaseStoreKind, eachReachableStore, prepareStore } from '../stores.ts';
import { skewedWorkloads } from '../workloads.ts';
import { referencesFor, workFor } from './api.ts';

/** How many times the server is started on the same data, for its start-up time. */
const STARTS = 3;
/** Connections of the mixed load: the issue's. */
const CONNECTIONS = 10;
/** How long the server sits after /readyz before its idle RSS is read: what it keeps, not what start-up left. */
const SETTLE_MS = 1000;

/** The production server under the mixed load with its response cache on (as shipped) or off. */
export interface ProductionLoad {
  responseCache: boolean;
  /** Resident memory once ready, before any GraphQL request, in MB. */
  idleRssMb: number | null;
  /** The mixed load's figures, null when a response was wrong (`void` says why). */
  load: LoadResult | null;
  void: string | null;
  /** The largest RSS sampled (every 200 ms) under the load, and the kernel's peak since the start, in MB. */
  peakRssMb: number;
  hwmMb: number | null;
}

/** Parley's production server (`node apps/api/dist/server.mjs`, as `npm start` runs it) over one store. */
export interface ProductionRun {
  store: DatabaseStoreKind;
  statements: number;
  /** Seconds from spawning the process to its first 200 from /readyz, for each start on the existing data. */
  startSeconds: number[];
  /** Their median. */
  startMedianSeconds: number;
  /** What the mixed load went through. */
  cycle: string;
  loads: ProductionLoad[];
}

export interface ProductionResults {
  runs: ProductionRun[];
  /** Stores left out, and why. */
  skipped: string[];
}

/** The built server started on `target`, ready, its idle RSS read; then the mixed load, RSS sampled throughout. */
async function underLoad(
  target: { dataDir: string } | { databaseUrl: string },
  responseCache: boolean,
  work: Work,
  plan: Plan,
): Promise<ProductionLoad> {
  const server = await spawnProductionApi(target, { PARLEY_RESPONSE_CACHE: responseCache ? 'on' : 'off' });
  try {
    await secondsToReady(server);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const idleRssMb = rssMb(server.pid);
    const sampler = sampleRss(server.pid);
    await touchEach(server.url, [work]);
    let load: LoadResult | null = null;
    let why: string | null = null;
    try {
      load = await measure(server.url, work.probes, CONNECTIONS, plan.load, server.cpuSeconds);
    } catch (error) {
      if (!(error instanceof VoidRun)) throw error;
      why = error.message;
    }
    const { peakMb } = sampler.stop();
    const figures = {
      responseCache,
      idleRssMb,
      load,
      void: why,
      peakRssMb: peakMb,
      hwmMb: hwmMb(server.pid),
    };
    progress(
      `production: cache ${responseCache ? 'on' : 'off'}: idle ${idleRssMb} MB, mixed ${load ? `${load.requestsPerSecond} req/s, p99 ${load.p99} ms` : `VOID (${why})`}, peak ${peakMb} MB`,
    );
    return figures;
  } finally {
    await server.stop();
  }
}

/**
 * The production server as built, on each database store filled with the comparison's data: its start-up
 * time to /readyz on the existing data, its idle RSS, and its peak RSS under the mixed workload at 10
 * connections, with the response cache on (as shipped) and off. Every response is checked.
 */
export async function runProduction(plan: Plan, stores: DatabaseStoreKind[]): Promise<ProductionResults> {
  progress('production: building the API (apps/api/dist)');
  buildProductionApi();
  return eachReachableStore(stores, async (kind) => {
    progress(`production: preparing the ${kind} store (${plan.apiStatements} synthetic statements)`);
    const prepared = await prepareStore(kind, plan.apiStatements);
    try {
      const { spec } = prepared;
      if (spec.kind !== 'pglite' && spec.kind !== 'postgres')
        throw new Error('production runs on a database');
      const target = spec.kind === 'pglite' ? { dataDir: spec.dataDir } : { databaseUrl: spec.databaseUrl };
      const referenced = await referencesFor(prepared, async (store) =>
        (await skewedWorkloads(store)).filter((w) => w.name === 'mixed'),
      );
      const [work] = workFor(referenced);
      if (!work) throw new Error('no mixed workload');
      const startSeconds: number[] = [];
      for (let i = 0; i < STARTS; i++) {
        const server = await spawnProductionApi(target);
        try {
          startSeconds.push(Math.round((await secondsToReady(server)) * 1000) / 1000);
        } finally {
          await server.stop();
        }
      }
      progress(`production: ${kind}: start to /readyz ${startSeconds.join(', ')} s`);
      const loads = [];
      for (const responseCache of [true, false])
        loads.push(await underLoad(target, responseCache, work, plan));
      return {
        store: kind,
        statements: plan.apiStatements,
        startSeconds,
        startMedianSeconds: median(startSeconds),
        cycle: referenced[0]?.cycle ?? '',
        loads,
      };
    } finally {
      prepared.dispose();
    }
  });
}
