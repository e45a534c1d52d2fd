import { describe, expect, it } from 'vitest';
import type { Measured } from '../src/harness/serve-and-measure.ts';
import type { StoreSeries } from '../src/sections/api.ts';
import type { ProductionRun } from '../src/sections/production.ts';
import type { ScaleRow } from '../src/sections/scale.ts';
import type { LighthousePage } from '../src/sections/site.ts';
import {
  mercuriusVerdicts,
  performanceScore,
  productionVerdicts,
  scaleVerdicts,
  siteVerdicts,
  throughputVerdicts,
  verdictLine,
} from '../src/targets.ts';

const measured = (operation: string, requestsPerSecond: number | null, p50 = 1): Measured => ({
  label: '',
  operation,
  distinct: 10,
  connections: 10,
  requestsPerSecond,
  p50,
  p99: p50,
  serverCpu: 100,
  requests: 100,
  void: requestsPerSecond === null ? 'wrong data' : null,
});

const store = (
  kind: StoreSeries['store'],
  statements: number,
  figures: Record<string, [parley: number | null, mercurius: number | null]>,
): StoreSeries => ({
  store: kind,
  statements,
  importSeconds: null,
  cycles: {},
  series: Object.entries(figures).flatMap(([op, [p, m]]) => [
    { ...measured(op, p), peer: 'parley' as const },
    { ...measured(op, m), peer: 'mercurius' as const },
    { ...measured(op, 1), peer: 'parley' as const, connections: 1 },
  ]),
});

const passes = (verdicts: { what: string; pass: boolean | null }[]) =>
  Object.fromEntries(verdicts.map((v) => [v.what.split(',')[0], v.pass]));

describe("issue 13's targets", () => {
  it('hold PostgreSQL at 10k to the absolute req/s, PGlite to half of them', () => {
    const api = [
      store('memory', 1000, { 'summit-page': [5, 1] }),
      store('postgres', 10_000, {
        'summit-page': [1000, 1],
        'statements-page': [1499, 1],
        search: [null, 1],
      }),
      store('pglite', 10_000, { 'summit-page': [500, 1], 'statements-page': [700, 1], search: [401, 1] }),
    ];
    expect(passes(throughputVerdicts(api))).toEqual({
      'postgres summit-page': true,
      'postgres statements-page': false,
      'postgres search': false,
      'pglite summit-page': true,
      'pglite statements-page': false,
      'pglite search': true,
    });
  });

  it('leave the absolute req/s unchecked at another size', () => {
    const api = [store('postgres', 1000, { 'summit-page': [5000, 1] })];
    expect(throughputVerdicts(api).map((v) => v.pass)).toEqual([null, null, null]);
  });

  it('want Parley at least level with Mercurius on every operation, at 10 connections', () => {
    const api = [
      store('memory', 1000, { mixed: [100, 100], search: [99, 100], timeline: [null, 5], x: [5, null] }),
    ];
    const verdicts = mercuriusVerdicts(api);
    expect(verdicts.map((v) => [v.operation, v.pass])).toEqual([
      ['mixed', true],
      ['search', false],
      ['timeline', false],
      ['x', null],
    ]);
    expect(verdictLine(verdicts[1] as (typeof verdicts)[number])).toBe(
      '✗ memory search: Parley ÷ Mercurius: 0.99× (target ≥ 1.0×)',
    );
  });

  it('check start-up on PGlite and memory on PostgreSQL for the production server', () => {
    const load = (responseCache: boolean, idleRssMb: number, peakRssMb: number) => ({
      responseCache,
      idleRssMb,
      load: null,
      void: null,
      peakRssMb,
      hwmMb: peakRssMb,
    });
    const runs: ProductionRun[] = [
      {
        store: 'pglite',
        statements: 10_000,
        startSeconds: [0.8, 1.2, 1.1],
        startMedianSeconds: 1.1,
        cycle: '',
        loads: [load(true, 300, 400)],
      },
      {
        store: 'postgres',
        statements: 10_000,
        startSeconds: [2],
        startMedianSeconds: 2,
        cycle: '',
        loads: [load(true, 120, 251), load(false, 121, 250)],
      },
    ];
    expect(productionVerdicts(runs).map((v) => [v.what.split(' (')[0], v.pass])).toEqual([
      ['start to /readyz on an existing PGlite folder', false],
      ['idle RSS on PostgreSQL, response cache on', true],
      ['peak RSS under the mixed load on PostgreSQL', false],
      ['idle RSS on PostgreSQL, response cache off', false],
      ['peak RSS under the mixed load on PostgreSQL', true],
    ]);
  });

  it('keep list, search and summit pages on PostgreSQL within 2× of their 10k p50', () => {
    const row = (
      kind: ScaleRow['store'],
      statements: number,
      p50: Record<string, number | null>,
    ): ScaleRow => ({
      store: kind,
      statements,
      importSeconds: 1,
      depth: 1000,
      sqlCounts: {},
      peakRssMb: 1,
      series: Object.entries(p50).map(([op, v]) => measured(op, v === null ? null : 1, v ?? 1)),
    });
    const rows = [
      row('postgres', 10_000, { 'statements-page': 2, search: 3, 'summit-page': 4 }),
      row('postgres', 100_000, { 'statements-page': 4, search: 6.1, 'summit-page': null }),
      row('pglite', 100_000, { 'statements-page': 100 }),
    ];
    expect(scaleVerdicts(rows).map((v) => [v.what.split(' p50')[0], v.figure, v.pass])).toEqual([
      ['postgres statements-page', '2.00×', true],
      ['postgres search', '2.03×', false],
      ['postgres summit-page', 'void', false],
    ]);
  });
});

describe('Lighthouse (issue 15)', () => {
  const page = (scores: number[], medianAt: number, accessibility = 100): LighthousePage => ({
    name: 'home',
    path: '/',
    performance: scores[medianAt] as number,
    accessibility,
    bestPractices: 100,
    seo: 100,
    jsKb: 140,
    totalKb: 160,
    lcpMs: 1500,
    tbtMs: 50,
    failing: [],
    report: 'bench/.tmp/lighthouse/home.json',
    runs: scores.map((performance, i) => ({
      performance,
      tbtMs: 50,
      benchmarkIndex: 1000,
      median: i === medianAt,
    })),
  });

  it('scores performance by the median of the runs, not by the run computeMedianRun chose', () => {
    // The last bench's home page: the chosen run was the one of five a neighbour slowed.
    const home = page([99, 99, 97, 97, 91], 4);
    expect(performanceScore(home)).toBe(97);
    expect(siteVerdicts([home])[0]?.pass).toBe(true);
  });

  it('fails a page whose median performance or any other category is under 95', () => {
    expect(siteVerdicts([page([99, 92, 93, 94, 100], 0)])[0]?.pass).toBe(false);
    const [verdict] = siteVerdicts([page([100, 100, 100], 1, 94)]);
    expect(verdict?.pass).toBe(false);
    expect(verdict?.figure).toContain('accessibility 94');
  });
});
