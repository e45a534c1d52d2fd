import { median } from './harness/median.ts';
import type { Measured } from './harness/serve-and-measure.ts';
import type { StoreSeries } from './sections/api.ts';
import type { ProductionRun } from './sections/production.ts';
import type { ScaleRow } from './sections/scale.ts';
import type { LighthousePage } from './sections/site.ts';

/** Issue 13's targets, checked against one run's figures. */
export const TARGETS = {
  /** The size the absolute targets are set at. */
  statements: 10_000,
  /** Uncached Parley's req/s at 10 connections over PostgreSQL with 10,000 statements. */
  postgresPerSecond: { 'summit-page': 1000, 'statements-page': 1500, search: 800 } as Record<string, number>,
  /** PGlite's share of the PostgreSQL targets. */
  pgliteShare: 0.5,
  connections: 10,
  /** Parley ÷ Mercurius + graphql-jit, uncached, on every operation. */
  vsMercurius: 1,
  /** The production server over PostgreSQL: resident memory idle and at its peak under the mixed load, in MB. */
  idleRssMb: 120,
  peakRssMb: 250,
  /** From `node dist/server.mjs` to /readyz on an existing PGlite folder, in seconds (less than). */
  startSeconds: 1,
  /** At 100k and 1M statements on PostgreSQL, these operations' p50 within this many times their 10k figure. */
  scaleRatio: 2,
  scaleOperations: ['statements-page', 'search', 'summit-page'],
  /** Issue 15: every Lighthouse category's score on every page of the site, at least. */
  lighthouseScore: 95,
};

/** One target: what was measured, the figure, the target, and whether it was met (null: not measured here). */
export interface Verdict {
  what: string;
  figure: string;
  target: string;
  pass: boolean | null;
}

/** "✓", "✗", or "—" when the target could not be checked in this run. */
export const mark = (v: Verdict) => (v.pass === null ? '—' : v.pass ? '✓' : '✗');

/** One line of a verdict, for the report and the console. */
export const verdictLine = (v: Verdict) => `${mark(v)} ${v.what}: ${v.figure} (target ${v.target})`;

const series = (store: StoreSeries, peer: string, operation: string, connections = TARGETS.connections) =>
  store.series.find((s) => s.peer === peer && s.operation === operation && s.connections === connections);

const perSecond = (s: Measured | undefined) => (s?.void ? 'void' : `${s?.requestsPerSecond ?? '—'} req/s`);

/** Uncached Parley's req/s on PostgreSQL (and half of it on PGlite) at 10,000 statements and 10 connections. */
export function throughputVerdicts(api: readonly StoreSeries[]): Verdict[] {
  return api
    .filter((store) => store.store !== 'memory')
    .flatMap((store) =>
      Object.entries(TARGETS.postgresPerSecond).map(([operation, postgres]) => {
        const target = store.store === 'pglite' ? postgres * TARGETS.pgliteShare : postgres;
        const s = series(store, 'parley', operation);
        const atSize = store.statements === TARGETS.statements;
        return {
          what: `${store.store} ${operation}, uncached, ${TARGETS.connections} connections, ${store.statements} statements`,
          figure: perSecond(s),
          target: `≥ ${target} req/s at ${TARGETS.statements} statements`,
          pass: !atSize ? null : s?.requestsPerSecond == null ? false : s.requestsPerSecond >= target,
        };
      }),
    );
}

/** Parley ÷ Mercurius + graphql-jit, both uncached, at 10 connections: one verdict per store and operation. */
export function mercuriusVerdicts(
  api: readonly StoreSeries[],
): (Verdict & { store: string; operation: string; ratio: number | null })[] {
  return api.flatMap((store) =>
    [...new Set(store.series.map((s) => s.operation))].map((operation) => {
      const [p, m] = [series(store, 'parley', operation), series(store, 'mercurius', operation)];
      const ratio =
        p?.requestsPerSecond && m?.requestsPerSecond ? p.requestsPerSecond / m.requestsPerSecond : null;
      return {
        store: store.store,
        operation,
        ratio,
        what: `${store.store} ${operation}: Parley ÷ Mercurius`,
        figure: ratio === null ? `void (${perSecond(p)} / ${perSecond(m)})` : `${ratio.toFixed(2)}×`,
        target: `≥ ${TARGETS.vsMercurius.toFixed(1)}×`,
        // A void Mercurius series says nothing of Parley; a void Parley series is a failure.
        pass: ratio !== null ? ratio >= TARGETS.vsMercurius : p?.void ? false : null,
      };
    }),
  );
}

/** The production server: start-up on PGlite, idle and peak RSS on PostgreSQL (both response cache settings). */
export function productionVerdicts(runs: readonly ProductionRun[]): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const run of runs) {
    if (run.store === 'pglite')
      verdicts.push({
        what: `start to /readyz on an existing PGlite folder (${run.statements} statements, median of ${run.startSeconds.length})`,
        figure: `${run.startMedianSeconds.toFixed(2)} s`,
        target: `< ${TARGETS.startSeconds} s`,
        pass: run.startMedianSeconds < TARGETS.startSeconds,
      });
    if (run.store !== 'postgres') continue;
    for (const load of run.loads) {
      const cache = `response cache ${load.responseCache ? 'on' : 'off'}`;
      verdicts.push(
        {
          what: `idle RSS on PostgreSQL, ${cache}`,
          figure: `${load.idleRssMb ?? '—'} MB`,
          target: `≤ ${TARGETS.idleRssMb} MB`,
          pass: load.idleRssMb !== null && load.idleRssMb <= TARGETS.idleRssMb,
        },
        {
          what: `peak RSS under the mixed load on PostgreSQL (${run.statements} statements), ${cache}`,
          figure: `${load.peakRssMb} MB${load.void ? ' (a response was wrong: void)' : ''}`,
          target: `≤ ${TARGETS.peakRssMb} MB at ${TARGETS.statements} statements`,
          pass:
            run.statements !== TARGETS.statements ? null : !load.void && load.peakRssMb <= TARGETS.peakRssMb,
        },
      );
    }
  }
  return verdicts;
}

/** Each measured operation's p50 at a size over the same store's at 10,000 statements; null without both. */
export function scaleRatio(rows: readonly ScaleRow[], row: ScaleRow, operation: string): number | null {
  const base = rows.find((r) => r.store === row.store && r.statements === TARGETS.statements);
  const p50 = (r: ScaleRow | undefined) => r?.series.find((s) => s.operation === operation && !s.void)?.p50;
  const [now, then] = [p50(row), p50(base)];
  return now && then ? now / then : null;
}

/** List, search and summit pages on PostgreSQL above 10,000 statements: within 2× of their 10k p50. */
export function scaleVerdicts(rows: readonly ScaleRow[]): Verdict[] {
  return rows
    .filter((row) => row.store === 'postgres' && row.statements > TARGETS.statements)
    .flatMap((row) =>
      TARGETS.scaleOperations.map((operation) => {
        const ratio = scaleRatio(rows, row, operation);
        const wrong = row.series.find((s) => s.operation === operation)?.void;
        return {
          what: `postgres ${operation} p50 at ${row.statements} statements ÷ at ${TARGETS.statements}`,
          figure: wrong
            ? 'void'
            : ratio === null
              ? `no ${TARGETS.statements}-statement figure`
              : `${ratio.toFixed(2)}×`,
          target: `≤ ${TARGETS.scaleRatio}×`,
          pass: wrong ? false : ratio === null ? null : ratio <= TARGETS.scaleRatio,
        };
      }),
    );
}

/**
 * A page's performance score over its runs: the median of their scores (Lighthouse CI's "median"). The median
 * run (computeMedianRun, chosen by first paint and time to interactive) can be the one disturbed run of five.
 */
export const performanceScore = (page: LighthousePage) =>
  page.runs?.length ? median(page.runs.map((run) => run.performance)) : page.performance;

/** Issue 15: Lighthouse 95+ in every category on every page measured. */
export function siteVerdicts(pages: readonly LighthousePage[]): Verdict[] {
  return pages.map((page) => {
    const scores = {
      performance: performanceScore(page),
      accessibility: page.accessibility,
      'best practices': page.bestPractices,
      SEO: page.seo,
    };
    const low = Object.entries(scores).filter(([, score]) => score < TARGETS.lighthouseScore);
    return {
      what: `Lighthouse on ${page.path} (performance: median of ${page.runs?.length ?? 1} runs' scores)`,
      figure: Object.entries(scores)
        .map(([category, score]) => `${category} ${score}`)
        .join(', '),
      target: `≥ ${TARGETS.lighthouseScore} in each`,
      pass: low.length === 0,
    };
  });
}
