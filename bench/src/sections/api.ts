import { progress } from '../harness/progress.ts';
import { type Measured, serveAndMeasure } from '../harness/serve-and-measure.ts';
import { probeFor, referenceData } from '../harness/verify.ts';
import { type Operation, search, statementsPage, summitPage } from '../operations.ts';
import type { Plan } from '../plan.ts';
import type { ServerName } from '../servers/serve.ts';
import { openBenchStore, type PreparedStore, prepareStore, type StoreKind } from '../stores.ts';

/** The operations the servers are compared on. */
export const apiOperations = (): Operation[] => [
  summitPage('synthetic-000000'),
  statementsPage(50),
  search('Kakaka'),
];

export const peers: { server: ServerName; label: string }[] = [
  { server: 'parley', label: 'Parley (Yoga, production plugins, jit, response cache)' },
  { server: 'apollo', label: 'Apollo Server 5' },
  { server: 'mercurius', label: 'Mercurius + graphql-jit' },
];

export interface StoreSeries {
  store: StoreKind;
  importSeconds: number | null;
  series: (Measured & { server: ServerName })[];
}

/** Each operation run in process over a prepared store: the data every server must return. */
export async function referencesFor(prepared: PreparedStore, operations: Operation[]) {
  const store = await openBenchStore(prepared.spec);
  try {
    const work = [];
    for (const operation of operations) {
      const reference = await referenceData(store, operation);
      work.push({ operation, reference, probe: probeFor(operation, reference) });
    }
    return work;
  } finally {
    await store.close();
  }
}

/** Parley, Apollo Server and Mercurius one after another over the same data, on each store. */
export async function runApi(plan: Plan, stores: StoreKind[]): Promise<StoreSeries[]> {
  const results: StoreSeries[] = [];
  for (const kind of stores) {
    progress(`api: preparing the ${kind} store (${plan.apiStatements} synthetic statements)`);
    const prepared = await prepareStore(kind, plan.apiStatements);
    try {
      const work = await referencesFor(prepared, apiOperations());
      const series: StoreSeries['series'] = [];
      for (const { server, label } of peers) {
        progress(`api: ${label} on ${kind}`);
        const request = { server, store: prepared.spec, options: {} };
        const run = await serveAndMeasure(label, request, work, plan.connections, plan.load);
        series.push(...run.series.map((s) => ({ ...s, server })));
      }
      results.push({ store: kind, importSeconds: prepared.importSeconds, series });
    } finally {
      prepared.dispose();
    }
  }
  return results;
}
