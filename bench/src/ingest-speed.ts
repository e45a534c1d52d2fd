import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median } from './harness/median.ts';
import { longArticle, wordsIn } from './ingest/article.ts';

/**
 * How long ingestion takes on a news article of 1,500 words (issue 11: under 1 s), each run in a fresh
 * process so that no cache of an earlier run answers; beside it, compromise tagging the same text in full in
 * the same process, a peer that does a fraction of the work. bench/README.md describes it.
 */
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, words: { type: 'string', default: '1500' } },
});
const runs = Number(values.runs);
const words = Number(values.words);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number ≥ 1, not "${values.runs}"`);
if (!Number.isInteger(words) || words < 100)
  throw new Error(`--words must be a whole number ≥ 100, not "${values.words}"`);

const child = fileURLToPath(new URL('./ingest/child.ts', import.meta.url));
const results: { proposeMs: number; taggingMs: number; warmupMs: number; records: number }[] = [];
for (let i = 0; i < runs; i++) {
  const run = spawnSync(
    process.execPath,
    ['--conditions=@parley/source', '--import', 'tsx', child, String(words)],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`run ${i + 1} failed:\n${run.stderr}`);
  results.push(JSON.parse(run.stdout));
  process.stderr.write(`run ${i + 1}/${runs}: ${results.at(-1)?.proposeMs.toFixed(0)} ms\n`);
}
const propose = median(results.map((r) => r.proposeMs));
const tagging = median(results.map((r) => r.taggingMs));
console.log(`article: ${wordsIn(longArticle(words))} words; ${results[0]?.records} records proposed`);
console.log(
  `ingestion (warm libraries, unseen article), median of ${runs} fresh processes: ${propose.toFixed(0)} ms`,
);
console.log(
  `compromise tagging the same text, same processes:                ${tagging.toFixed(0)} ms (ingestion ${(propose / tagging).toFixed(2)}×)`,
);
console.log(
  `loading the libraries (TypeScript source) and a first short article: ${median(results.map((r) => r.warmupMs)).toFixed(0)} ms`,
);
console.log(`target < 1000 ms: ${propose < 1000 ? 'PASS' : 'FAIL'}`);
process.exitCode = propose < 1000 ? 0 : 1;
