import { parseArgs } from 'node:util';
import type { LoadPlan } from './harness/load.ts';

/** What one run measures and for how long: `--quick` trades precision for a check of a few minutes. */
export interface Plan {
  quick: boolean;
  /** Sections to run; all by default. */
  sections: Set<Section>;
  load: LoadPlan;
  connections: number[];
  /** Statements in the PGlite and PostgreSQL stores the servers are compared on (issue 13: 10,000). */
  apiStatements: number;
  /** Statements in the memory store the servers are compared on, and in the improvements' stores: they measure the GraphQL layer. */
  smallStatements: number;
  /** Dataset sizes of the scale benchmark. */
  scaleSizes: number[];
  scaleLoad: LoadPlan;
  /** Seconds of each measured run of the read/write mix. */
  mixSeconds: number;
}

export const sectionNames = ['api', 'production', 'improvements', 'scale', 'site', 'mix'] as const;
export type Section = (typeof sectionNames)[number];

/** The largest store PGlite is filled to: it holds its data in the server process. */
export const PGLITE_MAX_STATEMENTS = 100_000;
/** The size `--full-scale` adds to the scale benchmark, PostgreSQL only. */
export const FULL_SCALE_STATEMENTS = 1_000_000;

const sizes = (flag: string, name: string) =>
  flag.split(',').map((s) => {
    const n = Number(s.trim());
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`${name} takes whole numbers, e.g. 1000,10000; not "${s}"`);
    return n;
  });

export function readPlan(argv = process.argv.slice(2)): Plan {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      sizes: { type: 'string' },
      'full-scale': { type: 'boolean', default: false },
      'api-statements': { type: 'string' },
    },
  });
  const only = values.only?.split(',').map((s) => s.trim()) ?? [...sectionNames];
  for (const name of only) {
    if (!(sectionNames as readonly string[]).includes(name))
      throw new Error(`--only takes ${sectionNames.join(',')}; "${name}" is none of them`);
  }
  const quick = values.quick;
  const scaleSizes = values.sizes
    ? sizes(values.sizes, '--sizes')
    : quick
      ? [1000]
      : [1000, 10_000, 100_000, ...(values['full-scale'] ? [FULL_SCALE_STATEMENTS] : [])];
  const [apiStatements] = values['api-statements']
    ? sizes(values['api-statements'], '--api-statements')
    : [quick ? 1000 : 10_000];
  return {
    quick,
    sections: new Set(only as Section[]),
    load: quick
      ? { warmupSeconds: 0.5, seconds: 1, repeats: 1 }
      : { warmupSeconds: 1, seconds: 2, repeats: 3 },
    connections: [1, 10],
    apiStatements: apiStatements as number,
    smallStatements: 1000,
    scaleSizes,
    scaleLoad: quick
      ? { warmupSeconds: 0.5, seconds: 1, repeats: 1 }
      : { warmupSeconds: 0.5, seconds: 2, repeats: 3 },
    mixSeconds: quick ? 3 : 20,
  };
}
