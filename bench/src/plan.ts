import { parseArgs } from 'node:util';
import type { LoadPlan } from './harness/load.ts';

/** What one run measures and for how long: `--quick` trades precision for a check under three minutes. */
export interface Plan {
  quick: boolean;
  /** Sections to run; all by default. */
  sections: Set<Section>;
  load: LoadPlan;
  connections: number[];
  /** Statements in the dataset the servers are compared on. */
  apiStatements: number;
  /** Dataset sizes of the scale benchmark. */
  scaleSizes: number[];
  scaleLoad: LoadPlan;
}

export const sectionNames = ['api', 'improvements', 'scale', 'site'] as const;
export type Section = (typeof sectionNames)[number];

export function readPlan(argv = process.argv.slice(2)): Plan {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      sizes: { type: 'string' },
    },
  });
  const only = values.only?.split(',').map((s) => s.trim()) ?? [...sectionNames];
  for (const name of only) {
    if (!(sectionNames as readonly string[]).includes(name))
      throw new Error(`--only takes ${sectionNames.join(',')}; "${name}" is none of them`);
  }
  const quick = values.quick;
  return {
    quick,
    sections: new Set(only as Section[]),
    load: quick
      ? { warmupSeconds: 0.5, seconds: 1, repeats: 1 }
      : { warmupSeconds: 1, seconds: 2, repeats: 3 },
    connections: [1, 10],
    apiStatements: 1000,
    scaleSizes: values.sizes?.split(',').map(Number) ?? (quick ? [1000] : [1000, 10_000, 100_000]),
    scaleLoad: quick
      ? { warmupSeconds: 0.5, seconds: 1, repeats: 1 }
      : { warmupSeconds: 0.5, seconds: 2, repeats: 3 },
  };
}
