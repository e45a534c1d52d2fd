import { judged, TARGET_EDIT_P99_MS, TARGET_READ_RATIO } from '../mix/targets.ts';
import type { PeerName, StoreSeries } from '../sections/api.ts';
import {
  mark,
  mercuriusVerdicts,
  productionVerdicts,
  scaleVerdicts,
  siteVerdicts,
  TARGETS,
  throughputVerdicts,
  type Verdict,
  verdictLine,
} from '../targets.ts';
import type { MixResults } from './mix-results.ts';
import type { Results } from './results.ts';
import { ratio, table } from './table.ts';

const at = (store: StoreSeries, peer: PeerName, operation: string, connections = TARGETS.connections) =>
  store.series.find((s) => s.peer === peer && s.operation === operation && s.connections === connections);

/** The operations of a store's series, the mixed workload first. */
const operations = (store: StoreSeries) =>
  [...new Set(store.series.map((s) => s.operation))].sort(
    (a, b) => Number(b === 'mixed') - Number(a === 'mixed'),
  );

const storeTitle = (store: StoreSeries) =>
  `${store.store === 'memory' ? 'Memory store (the GraphQL layer alone)' : store.store === 'pglite' ? 'PGlite' : 'PostgreSQL'}, ${store.statements} statements`;

/** Per store, the uncached servers at 10 connections on the mixed workload and on each operation's draws. */
export function uncachedTables(r: Results): string {
  if (!r.api?.length) return 'No server comparison in this run.';
  return r.api
    .map((store) => {
      const verdicts = new Map(mercuriusVerdicts([store]).map((v) => [v.operation, v]));
      const rows = operations(store).map((op) => {
        const [p, m, a] = (['parley', 'mercurius', 'apollo'] as const).map((peer) => at(store, peer, op));
        const v = verdicts.get(op) as Verdict;
        return [
          op,
          p?.distinct ?? null,
          p?.requestsPerSecond ?? 'void',
          m?.requestsPerSecond ?? 'void',
          a?.requestsPerSecond ?? 'void',
          p?.void ? 'void' : `${p?.p50} / ${p?.p99}`,
          `${v.figure} ${mark(v)}`,
          ratio(p?.requestsPerSecond, a?.requestsPerSecond),
        ];
      });
      return `### ${storeTitle(store)}\n\n${table(
        [
          'operation',
          'different requests',
          'Parley req/s',
          'Mercurius + graphql-jit req/s',
          'Apollo Server 5 req/s',
          'Parley p50 / p99 ms',
          `Parley ÷ Mercurius (target ≥ ${TARGETS.vsMercurius.toFixed(1)}×)`,
          'Parley ÷ Apollo',
        ],
        rows,
      )}`;
    })
    .join('\n\n');
}

/** One line per store: on how many operations Parley kept up with Mercurius, and where it did not. */
function mercuriusSummary(r: Results): Verdict[] {
  return (r.api ?? []).map((store) => {
    const verdicts = mercuriusVerdicts([store]);
    const below = verdicts.filter((v) => v.pass !== true);
    return {
      what: `${store.store}: Parley ÷ Mercurius, uncached, on every operation (${verdicts.length})`,
      figure: below.length
        ? `not on ${below.map((v) => `${v.operation} ${v.figure}`).join(', ')}`
        : `on all, the lowest ${Math.min(...verdicts.map((v) => v.ratio as number)).toFixed(2)}×`,
      target: `≥ ${TARGETS.vsMercurius.toFixed(1)}× on each`,
      pass: below.some((v) => v.pass === false) ? false : below.length ? null : true,
    };
  });
}

/** Issue 10's targets for the read/write mix, per store, on its response-cache-off run (the cache-on run is not judged). */
function mixVerdicts(m: MixResults): Verdict[] {
  return m.runs.filter(judged).flatMap((run) => [
    {
      what: `read/write mix on ${run.store}, response cache off: edits' p99 beside reads`,
      figure: `${run.mixed.edits.p99} ms`,
      target: `< ${TARGET_EDIT_P99_MS} ms`,
      pass: run.pass.editP99 && run.problems.length === 0,
    },
    {
      what: `read/write mix on ${run.store}, response cache off: reads with edits ÷ reads alone`,
      figure: `${run.readRatio}×`,
      target: `≥ ${TARGET_READ_RATIO}×`,
      pass: run.pass.readRatio && run.problems.length === 0,
    },
  ]);
}

/** Every target of issue 13 (and issue 10's mix, issue 15's Lighthouse) this run checked, met or not, as lines starting ✓, ✗ or —. */
export function verdictLines(r: Results, mix: MixResults | null = r.mix ?? null): string[] {
  return [
    ...throughputVerdicts(r.api ?? []),
    ...mercuriusSummary(r),
    ...productionVerdicts(r.production?.runs ?? []),
    ...scaleVerdicts(r.scale ?? []),
    ...(mix ? mixVerdicts(mix) : []),
    ...siteVerdicts(r.site?.pages ?? []),
  ].map(verdictLine);
}

/** What Parley's response cache adds on the same requests: cached Parley against uncached Parley only. */
export function cachedLines(r: Results): string[] {
  return (r.api ?? []).flatMap((store) =>
    operations(store).map((op) => {
      const [cached, uncached] = [at(store, 'parley-cached', op), at(store, 'parley', op)];
      if (!cached?.requestsPerSecond) return `${store.store} ${op}: the cached series is void`;
      return `${store.store} ${op} (10 conns, ${cached.distinct} different requests): ${cached.requestsPerSecond} req/s, p99 ${cached.p99} ms, cache hits; ${ratio(cached.requestsPerSecond, uncached?.requestsPerSecond)} Parley without the cache`;
    }),
  );
}
