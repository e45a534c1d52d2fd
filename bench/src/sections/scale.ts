import type { Store } from '@parley/domain';
import { progress } from '../harness/progress.ts';
import { type Measured, serveAndMeasure, type Work } from '../harness/serve-and-measure.ts';
import { probeFor, referenceData } from '../harness/verify.ts';
import { type Operation, search, statementsPage, summitPage, timeline } from '../operations.ts';
import { PGLITE_MAX_STATEMENTS, type Plan } from '../plan.ts';
import { openBenchStore, prepareStore, type StoreKind } from '../stores.ts';
import { pageCursors } from '../workloads.ts';

/** How deep the deep page starts: this many records into the statements list (less when there are fewer). */
export const DEEP = 1000;
const depthFor = (statements: number) => Math.min(DEEP, statements - 100);

export interface ScaleRow {
  store: StoreKind;
  statements: number;
  importSeconds: number | null;
  /** Where the deep page starts. */
  depth: number;
  /** SQL statements each operation issues, counted in process with the store's query hook. */
  sqlCounts: Record<string, number>;
  series: Measured[];
  /** Peak RSS of the API process (PGlite runs inside it; PostgreSQL does not), in MB. */
  peakRssMb: number;
}

/** The cursor after the first `depth` statements (a multiple of 100), reached by paging as a client would. */
const cursorAt = async (store: Store, depth: number) =>
  (await pageCursors(store, depth / 100 + 1, 100)).at(-1) as string;

const operationsAt = (deepCursor: string): Operation[] => [
  statementsPage(50),
  statementsPage(50, deepCursor),
  search('Kakaka', 20),
  timeline('2019-01-01', '2019-01-31'),
  summitPage('synthetic-000000'),
];

/** The stores a size is measured on: PGlite, which holds its data in the server process, up to 100,000 statements. */
export const storesAt = (stores: StoreKind[], statements: number) =>
  stores.filter((kind) => kind !== 'pglite' || statements <= PGLITE_MAX_STATEMENTS);

/** Imports each size into each store, counts SQL per operation, then measures latency at one connection. */
export async function runScale(plan: Plan, stores: StoreKind[]): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const statements of plan.scaleSizes) {
    for (const kind of storesAt(stores, statements)) {
      progress(`scale: importing ${statements} synthetic statements into ${kind}`);
      const prepared = await prepareStore(kind, statements);
      try {
        progress(`scale: imported in ${prepared.importSeconds?.toFixed(1)} s; counting SQL per operation`);
        let queries = 0;
        const store = await openBenchStore(prepared.spec, () => queries++);
        const sqlCounts: Record<string, number> = {};
        const work: Work[] = [];
        try {
          for (const operation of operationsAt(await cursorAt(store, depthFor(statements)))) {
            const reference = await referenceData(store, operation);
            queries = 0;
            await referenceData(store, operation);
            sqlCounts[operation.name] = queries;
            work.push({ operation: operation.name, probes: [probeFor(operation, reference)] });
          }
        } finally {
          await store.close();
        }
        // The cache off: scale is about the store's cost per query, not about cache hits.
        const request = {
          server: 'parley' as const,
          store: prepared.spec,
          options: { responseCache: false },
        };
        const label = `Parley on ${kind}, ${statements} statements`;
        const run = await serveAndMeasure(label, request, work, [1], plan.scaleLoad);
        progress(`scale: peak RSS of the API process ${run.peakRssMb} MB`);
        rows.push({
          store: kind,
          statements,
          importSeconds: prepared.importSeconds,
          depth: depthFor(statements),
          sqlCounts,
          ...run,
        });
      } finally {
        prepared.dispose();
      }
    }
  }
  return rows;
}
