import type { Store } from '@parley/domain';
import type { Probe } from '../harness/load.ts';
import { progress } from '../harness/progress.ts';
import { type Measured, serveAndMeasure, type Work } from '../harness/serve-and-measure.ts';
import { probeFor, referenceData } from '../harness/verify.ts';
import type { Operation } from '../operations.ts';
import type { Plan } from '../plan.ts';
import { ensurePeers } from '../servers/peers.ts';
import type { ServerName } from '../servers/serve.ts';
import type { VariantOptions } from '../servers/server.ts';
import { openBenchStore, type PreparedStore, prepareStore, type StoreKind } from '../stores.ts';
import { apiWorkloads, skewedWorkloads, type Workload } from '../workloads.ts';

/**
 * The servers compared. The first three run without a response cache (Apollo Server and Mercurius have none
 * by default, Parley's is switched off): the headline compares only them. Parley as shipped, cache on, is
 * measured on the same workload and set against uncached Parley alone.
 */
export const peers = [
  {
    peer: 'parley',
    server: 'parley',
    options: { responseCache: false },
    label: 'Parley (production plugins, graphql-jit, response cache off)',
  },
  { peer: 'apollo', server: 'apollo', options: {}, label: 'Apollo Server 5' },
  { peer: 'mercurius', server: 'mercurius', options: {}, label: 'Mercurius + graphql-jit' },
  {
    peer: 'parley-cached',
    server: 'parley',
    options: { responseCache: true },
    label: 'Parley as shipped, response cache on',
  },
] as const satisfies { peer: string; server: ServerName; options: VariantOptions; label: string }[];
export type PeerName = (typeof peers)[number]['peer'];

export interface StoreSeries {
  store: StoreKind;
  /** Synthetic statements in the store. */
  statements: number;
  importSeconds: number | null;
  /** What each operation's requests go through, by operation name. */
  cycles: Record<string, string>;
  series: (Measured & { peer: PeerName })[];
}

/** A workload's different requests with the data each must return, computed in process over a prepared store. */
export interface Referenced {
  name: string;
  cycle: string;
  requests: { operation: Operation; reference: string }[];
  /** The order they are sent in (indexes into `requests`); each once, in turn, when absent. */
  sequence?: number[];
}

/** Each workload (the servers' by default) run in process over a prepared store: the data every server must return. */
export async function referencesFor(
  prepared: PreparedStore,
  workloads: (store: Store) => Promise<Workload[]> = apiWorkloads,
): Promise<Referenced[]> {
  const store = await openBenchStore(prepared.spec);
  try {
    const referenced: Referenced[] = [];
    for (const { name, cycle, operations, sequence } of await workloads(store)) {
      const requests = [];
      for (const operation of operations) {
        requests.push({ operation, reference: await referenceData(store, operation) });
      }
      referenced.push({ name, cycle, requests, ...(sequence ? { sequence } : {}) });
    }
    return referenced;
  } finally {
    await store.close();
  }
}

/** What the load generator sends for each workload, each request checked against its own reference. */
export const workFor = (referenced: Referenced[], persistedId?: (query: string) => string): Work[] =>
  referenced.map(({ name, requests, sequence }) => {
    const probes = requests.map(({ operation, reference }) =>
      probeFor(operation, reference, persistedId && { id: persistedId(operation.query) }),
    );
    return { operation: name, probes: sequence ? sequence.map((i) => probes[i] as Probe) : probes };
  });

/** The statements the comparison fills a store with: the memory store measures the GraphQL layer, at 1,000. */
export const statementsFor = (plan: Plan, kind: StoreKind) =>
  kind === 'memory' ? plan.smallStatements : plan.apiStatements;

/**
 * Parley, Apollo Server, Mercurius and cached Parley one after another over the same data, on each store:
 * the mixed workload at each connection count, every operation's skewed draws at 10 connections.
 */
export async function runApi(plan: Plan, stores: StoreKind[]): Promise<StoreSeries[]> {
  ensurePeers();
  const results: StoreSeries[] = [];
  for (const kind of stores) {
    const statements = statementsFor(plan, kind);
    progress(`api: preparing the ${kind} store (${statements} synthetic statements)`);
    const prepared = await prepareStore(kind, statements);
    try {
      const referenced = await referencesFor(prepared, skewedWorkloads);
      const work = workFor(referenced).map((w) =>
        w.operation === 'mixed' ? w : { ...w, connections: [Math.max(...plan.connections)] },
      );
      const series: StoreSeries['series'] = [];
      for (const { peer, server, options, label } of peers) {
        progress(`api: ${label} on ${kind}`);
        const request = { server, store: prepared.spec, options };
        const run = await serveAndMeasure(label, request, work, plan.connections, plan.load);
        series.push(...run.series.map((s) => ({ ...s, peer })));
      }
      const cycles = Object.fromEntries(referenced.map((r) => [r.name, r.cycle]));
      results.push({ store: kind, statements, importSeconds: prepared.importSeconds, cycles, series });
    } finally {
      prepared.dispose();
    }
  }
  return results;
}
