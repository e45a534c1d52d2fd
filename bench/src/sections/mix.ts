import { loadavg } from 'node:os';
import { machine } from '../harness/cpu.ts';
import { progress } from '../harness/progress.ts';
import { buildProductionApi } from '../harness/spawn-server.ts';
import { type MixPlan, runMixStore } from '../mix/run-store.ts';
import type { MixResults } from '../report/mix-results.ts';
import { type DatabaseStoreKind, eachReachableStore } from '../stores.ts';

/** The read/write mix's size and clients in a run of `npm run bench` (issue 10's): what `npm run mix` runs by default. */
export const mixPlanFor = (statements: number, seconds: number): MixPlan => ({
  statements,
  seconds,
  connections: 10,
  editEvery: 20,
  editTargets: Math.min(1000, statements),
});

/**
 * The read/write mix of issue 10 on each store, as `npm run mix` and `npm run bench` both run it: the
 * production server with its response cache off (the headline, judged), then on (as shipped, shown beside it),
 * each on freshly imported data: reads, then reads with 5 % edits.
 */
export async function runMix(
  plan: MixPlan,
  stores: DatabaseStoreKind[],
  run: { command: string; pinning: string },
): Promise<MixResults> {
  const startedAt = new Date();
  const machineAtStart = machine();
  const started = performance.now();
  progress('mix: building the production API (apps/api/dist)');
  buildProductionApi();
  const { runs, skipped } = await eachReachableStore(stores, async (store) => [
    await runMixStore(store, plan, false),
    await runMixStore(store, plan, true),
  ]);
  return {
    ...run,
    startedAt: startedAt.toISOString(),
    durationSeconds: Math.round((performance.now() - started) / 1000),
    machineAtStart,
    loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100),
    plan,
    runs: runs.flat(),
    skipped,
  };
}
