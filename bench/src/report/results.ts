import type { machine } from '../harness/cpu.ts';
import type { Plan } from '../plan.ts';
import type { StoreSeries } from '../sections/api.ts';
import type { ImprovementResults } from '../sections/improvements.ts';
import type { ScaleRow } from '../sections/scale.ts';
import type { SiteResult } from '../sections/site.ts';

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
  improvements: ImprovementResults | null;
  scale: ScaleRow[] | null;
  site: SiteResult | null;
}
