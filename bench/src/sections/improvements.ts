import { progress } from '../harness/progress.ts';
import { type Measured, serveAndMeasure } from '../harness/serve-and-measure.ts';
import type { Plan } from '../plan.ts';
import type { ServerName } from '../servers/serve.ts';
import type { VariantOptions } from '../servers/server.ts';
import { persistedId } from '../servers/yoga-variants.ts';
import { prepareStore, type StoreKind } from '../stores.ts';
import { referencesFor, workFor } from './api.ts';
import { type CacheCheck, checkCacheInvalidation } from './cache-invalidation.ts';

/** A server configuration tried as an improvement, measured against plain Yoga in the same run. */
interface Variant {
  name: string;
  label: string;
  server: ServerName;
  options: VariantOptions;
  /** Stores it is tried on. */
  stores: StoreKind[];
  /** Part of a --quick run too. */
  quick?: boolean;
}

const both: StoreKind[] = ['memory', 'pglite'];
const variants: Variant[] = [
  {
    name: 'parley',
    label: 'Parley production, response cache on',
    server: 'parley',
    options: { responseCache: true },
    stores: both,
    quick: true,
  },
  {
    name: 'parley-uncached',
    label: 'Parley production, response cache off',
    server: 'parley',
    options: { responseCache: false },
    stores: both,
  },
  { name: 'yoga', label: 'plain Yoga (baseline)', server: 'yoga', options: {}, stores: both, quick: true },
  {
    name: 'no-parse-cache',
    label: 'plain Yoga, parse/validate cache off',
    server: 'yoga',
    options: { noParseCache: true },
    stores: ['memory'],
  },
  {
    name: 'jit',
    label: 'plain Yoga + graphql-jit',
    server: 'yoga',
    options: { jit: true },
    stores: ['memory'],
    quick: true,
  },
  {
    name: 'persisted',
    label: 'plain Yoga + persisted operations',
    server: 'yoga',
    options: { persisted: [] },
    stores: ['memory'],
  },
  {
    name: 'response-cache',
    label: 'plain Yoga + response cache',
    server: 'yoga',
    options: { responseCache: true },
    stores: both,
    quick: true,
  },
  {
    name: 'all',
    label: 'plain Yoga + jit + persisted + response cache',
    server: 'yoga',
    options: { jit: true, persisted: [], responseCache: true },
    stores: ['memory'],
  },
];

export interface VariantSeries extends Measured {
  store: StoreKind;
  variant: string;
}

export interface ImprovementResults {
  series: VariantSeries[];
  /** Whether a response cache can go stale on each database store. */
  cacheChecks: CacheCheck[];
}

/**
 * Each improvement against plain Yoga and Parley's production server, at 10 connections; then whether the
 * response cache can serve stale data on PGlite and PostgreSQL (full runs only).
 */
export async function runImprovements(plan: Plan, postgres: boolean): Promise<ImprovementResults> {
  const results: VariantSeries[] = [];
  for (const kind of plan.quick ? (['memory'] as const) : both) {
    progress(`improvements: preparing the ${kind} store`);
    const prepared = await prepareStore(kind, plan.smallStatements);
    try {
      const referenced = await referencesFor(prepared);
      // One document per operation: the requests of a workload differ only in their variables.
      const documents = [...new Set(referenced.flatMap((r) => r.requests.map((q) => q.operation.query)))];
      for (const variant of variants.filter((v) => v.stores.includes(kind) && (v.quick || !plan.quick))) {
        progress(`improvements: ${variant.label} on ${kind}`);
        const persisted = variant.options.persisted !== undefined;
        const options = persisted ? { ...variant.options, persisted: documents } : variant.options;
        const work = workFor(referenced, persisted ? persistedId : undefined);
        const request = { server: variant.server, store: prepared.spec, options };
        const run = await serveAndMeasure(variant.label, request, work, [10], plan.load);
        results.push(...run.series.map((s) => ({ ...s, store: kind, variant: variant.name })));
      }
    } finally {
      prepared.dispose();
    }
  }
  const cacheChecks: CacheCheck[] = [];
  if (!plan.quick) {
    for (const kind of postgres ? (['pglite', 'postgres'] as const) : (['pglite'] as const)) {
      cacheChecks.push(await checkCacheInvalidation(kind));
    }
  }
  return { series: results, cacheChecks };
}
