import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { machine } from '../harness/cpu.ts';
import type { MixPlan, MixRun } from '../mix/run-store.ts';

/** What one read/write mix run measured, as written to bench/results/mix/*.json. */
export interface MixResults {
  command: string;
  startedAt: string;
  durationSeconds: number;
  machineAtStart: ReturnType<typeof machine>;
  loadAverageAtEnd: number[];
  pinning: string;
  plan: MixPlan;
  runs: MixRun[];
  /** Stores left out, and why. */
  skipped: string[];
}

/** Where complete mix runs are kept; `latest.json` is the one docs/benchmarks.md shows. */
export const mixResultsDir = resolve(fileURLToPath(new URL('../../results/mix', import.meta.url)));

/** The latest complete mix run, null before the first. */
export function latestMix(): MixResults | null {
  const path = resolve(mixResultsDir, 'latest.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as MixResults) : null;
}
