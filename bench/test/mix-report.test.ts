import { describe, expect, it } from 'vitest';
import type { Figures } from '../src/mix/closed-loop.ts';
import type { MixRun, RunFigures } from '../src/mix/run-store.ts';
import { verdictLines } from '../src/report/headline.ts';
import { mixTable, mixVerdicts } from '../src/report/mix-markdown.ts';
import type { MixResults } from '../src/report/mix-results.ts';
import type { Results } from '../src/report/results.ts';

const figures = (perSecond: number, p99: number): Figures => ({
  requests: perSecond * 10,
  perSecond,
  p50: p99 / 2,
  p99,
  bad: 0,
  badExamples: [],
});

const runFigures = (reads: number, editP99: number): RunFigures => ({
  seconds: 10,
  serverCpu: 90,
  reads: figures(reads, 40),
  edits: figures(reads / 20, editP99),
  written: reads / 20,
  conflicts: 0,
});

/** A run whose figures fail both targets with the cache on, and pass them with it off. */
const run = (responseCache: boolean): MixRun => {
  const [readOnly, mixed] = responseCache ? [1500, 300] : [200, 190];
  const editP99 = responseCache ? 150 : 30;
  return {
    store: 'postgres',
    importSeconds: 5,
    cycles: {},
    responseCache,
    editorRole: 'EDITOR',
    warmup: [],
    readOnly: runFigures(readOnly, 0),
    mixed: runFigures(mixed, editP99),
    editsAlone: runFigures(0, 10),
    readRatio: mixed / readOnly,
    editsChecked: 5,
    errors: 0,
    problems: [],
    pass: { editP99: editP99 < 50, readRatio: mixed / readOnly >= 0.8 },
  };
};

const mix: MixResults = {
  command: 'npm run mix',
  startedAt: '2026-01-01T00:00:00.000Z',
  durationSeconds: 100,
  machineAtStart: { cores: 2, node: 'v22', loadAverage: [0, 0, 0] } as MixResults['machineAtStart'],
  loadAverageAtEnd: [0, 0, 0],
  pinning: 'pinned',
  plan: { statements: 10_000, seconds: 10, connections: 10, editEvery: 20, editTargets: 1000 },
  runs: [run(false), run(true)],
  skipped: [],
};

describe('the read/write mix report', () => {
  it('judges the targets on the response-cache-off run only', () => {
    const [off, on] = mixVerdicts(mix);
    expect(off).toMatch(/^postgres, response cache off \(headline\): edits p99 30 ms .*PASS.*PASS/);
    expect(on).toMatch(
      /^postgres, response cache on .*: not judged: edits p99 150 ms, mixed reads 0\.2× read-only/,
    );
    expect(on).not.toMatch(/PASS|FAIL/);
    const lines = verdictLines({ notes: [] } as unknown as Results, mix);
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.startsWith('✓') && line.includes('response cache off'))).toBe(true);
  });

  it("shows each run's response cache in the table", () => {
    const rows = mixTable(mix).split('\n').slice(2);
    expect(rows.map((row) => row.split('|')[2]?.trim())).toEqual(['off', 'on']);
  });
});
