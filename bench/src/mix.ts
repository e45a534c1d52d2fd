import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pinSelf } from './harness/cpu.ts';
import { progress } from './harness/progress.ts';
import { judged, TARGET_EDIT_P99_MS, TARGET_READ_RATIO } from './mix/targets.ts';
import { renderMarkdown } from './report/markdown.ts';
import { mixTable, mixVerdicts } from './report/mix-markdown.ts';
import { mixResultsDir } from './report/mix-results.ts';
import type { Results } from './report/results.ts';
import { mixPlanFor, runMix } from './sections/mix.ts';
import { databaseStores } from './stores.ts';

/**
 * The read/write mix of issue 10: for each store, Parley's production server with its response cache off (the
 * headline), then on (as shipped), under varied anonymous reads, then the same reads with 5 % of requests an
 * editor's `updateStatement`. Passes when, cache off, edits' p99 stays under 50 ms and the reads keep 0.8×
 * their rate, and no run (cache on too) met a wrong answer. bench/README.md describes it.
 */

/**
 * The issue's size and client count, and the default run length: only a run of both stores with them is kept
 * and shown in the docs.
 */
const ISSUE_STATEMENTS = 10_000;
const ISSUE_CONNECTIONS = 10;
const DEFAULT_SECONDS = 20;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    seconds: { type: 'string', default: String(DEFAULT_SECONDS) },
    stores: { type: 'string', default: 'pglite,postgres' },
    statements: { type: 'string', default: String(ISSUE_STATEMENTS) },
    connections: { type: 'string', default: String(ISSUE_CONNECTIONS) },
  },
});
const plan = {
  ...mixPlanFor(Number(values.statements), Number(values.seconds)),
  connections: Number(values.connections),
};
if (![plan.statements, plan.seconds, plan.connections].every((n) => Number.isFinite(n) && n > 0))
  throw new Error('--seconds, --statements and --connections must be positive numbers');
const stores = databaseStores(values.stores ?? '');

const pinning = pinSelf();
progress(`read/write mix: ${pinning}`);
const results = await runMix(plan, stores, {
  command: `npm run mix --workspace @parley/bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  pinning,
});
const { runs, skipped } = results;
process.stdout.write(`\n${mixTable(results)}\n\n${mixVerdicts(results).join('\n')}\n`);

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const json = `${JSON.stringify(results, null, 2)}\n`;
const complete =
  skipped.length === 0 &&
  new Set(runs.map((r) => r.store)).size === 2 &&
  plan.statements === ISSUE_STATEMENTS &&
  plan.seconds === DEFAULT_SECONDS &&
  plan.connections === ISSUE_CONNECTIONS;
if (complete) {
  mkdirSync(mixResultsDir, { recursive: true });
  writeFileSync(resolve(mixResultsDir, `${results.startedAt.replace(/[:.]/g, '-')}.json`), json);
  writeFileSync(resolve(mixResultsDir, 'latest.json'), json);
  const latest = JSON.parse(readFileSync(resolve(repo, 'bench/results/latest.json'), 'utf8')) as Results;
  writeFileSync(resolve(repo, 'docs/benchmarks.md'), renderMarkdown(latest, results));
  progress('bench/results/mix/latest.json and the "Read/write mix" section of docs/benchmarks.md rewritten');
} else {
  mkdirSync(resolve(repo, 'bench/.tmp'), { recursive: true });
  writeFileSync(resolve(repo, 'bench/.tmp/mix.json'), json);
  progress('bench/.tmp/mix.json written (a run of both stores at the defaults rewrites docs/benchmarks.md)');
}
const pass =
  runs.every((r) => r.problems.length === 0 && (!judged(r) || (r.pass.editP99 && r.pass.readRatio))) &&
  !skipped.length;
process.stdout.write(
  `\n${pass ? 'PASS' : 'FAIL'} (targets, judged with the response cache off: edits p99 < ${TARGET_EDIT_P99_MS} ms, mixed reads ≥ ${TARGET_READ_RATIO}× read-only)\n`,
);
process.exit(pass ? 0 : 1);
