import type { machine } from '../harness/cpu.ts';
import type { Plan } from '../plan.ts';
import type { StoreSeries } from '../sections/api.ts';
import type { ImprovementResults } from '../sections/improvements.ts';
import type { ProductionResults } from '../sections/production.ts';
import type { ScaleRow } from '../sections/scale.ts';
import type { SiteResult } from '../sections/site.ts';
import type { MixResults } from './mix-results.ts';

/** Everything one run measured, as written to bench/results/*.json and rendered into docs/benchmarks.md. */
export interface Results {
  command: string;
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  machineAtStart: ReturnType<typeof machine>;
  loadAverageAtEnd: number[];
  pinning: string;
  plan: Omit<Plan, 'sections'> & { sections: string[] };
  /** Parts of the run left out, and why. */
  notes: string[];
  api: StoreSeries[] | null;
  /** Absent from runs before issue 13. */
  production?: ProductionResults | null;
  improvements: ImprovementResults | null;
  scale: ScaleRow[] | null;
  site: SiteResult | null;
  /** The read/write mix run as part of this run; absent from runs before issue 13 (then `npm run mix`'s latest is shown). */
  mix?: MixResults | null;
}
