import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine, pinSelf } from './harness/cpu.ts';
import { elapsedSeconds, progress } from './harness/progress.ts';
import { PGLITE_MAX_STATEMENTS, readPlan, sectionNames } from './plan.ts';
import { verdictLines } from './report/headline.ts';
import { renderMarkdown } from './report/markdown.ts';
import { latestMix } from './report/mix-results.ts';
import type { Results } from './report/results.ts';
import { runApi } from './sections/api.ts';
import { runImprovements } from './sections/improvements.ts';
import { mixPlanFor, runMix } from './sections/mix.ts';
import { runProduction } from './sections/production.ts';
import { runScale } from './sections/scale.ts';
import { runSite } from './sections/site.ts';
import { type DatabaseStoreKind, postgresAdminUrl, postgresReachable, type StoreKind } from './stores.ts';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const latestPath = resolve(repo, 'bench/results/latest.json');

// --render rewrites docs/benchmarks.md from the latest full run's figures, e.g. after a change of wording.
if (process.argv.includes('--render')) {
  const latest = JSON.parse(readFileSync(latestPath, 'utf8')) as Results;
  writeFileSync(resolve(repo, 'docs/benchmarks.md'), renderMarkdown(latest, latest.mix ?? latestMix()));
  progress(`docs/benchmarks.md rendered from ${latestPath} (run of ${latest.startedAt})`);
  process.exit(0);
}

const plan = readPlan();
const startedAt = new Date();
const machineAtStart = machine();
const pinning = pinSelf();
const notes: string[] = [];
progress(
  `${plan.quick ? 'quick' : 'full'} run; ${pinning}; load average ${machineAtStart.loadAverage.join(' ')}`,
);

const postgres = postgresReachable();
if (!postgres) notes.push(`PostgreSQL at ${postgresAdminUrl} did not answer: its columns are missing.`);
const dbStores: DatabaseStoreKind[] = plan.quick
  ? ['pglite']
  : postgres
    ? ['pglite', 'postgres']
    : ['pglite'];
if (plan.quick)
  notes.push(
    `--quick: one 1 s repeat per series, ${plan.apiStatements} statements, a ${plan.mixSeconds} s read/write mix; PostgreSQL, the 10k and 100k scale sizes, three of the improvements and the PGlite improvements are left out.`,
  );
if (plan.scaleSizes.some((n) => n > PGLITE_MAX_STATEMENTS))
  notes.push(
    `Scale: PGlite is filled to ${PGLITE_MAX_STATEMENTS} statements at most; larger sizes run on PostgreSQL only.`,
  );
const apiStores: StoreKind[] = ['memory', ...dbStores];
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;

const results: Results = {
  command,
  startedAt: startedAt.toISOString(),
  finishedAt: '',
  durationSeconds: 0,
  machineAtStart,
  loadAverageAtEnd: [],
  pinning,
  plan: { ...plan, sections: [...plan.sections] },
  notes,
  api: plan.sections.has('api') ? await runApi(plan, apiStores) : null,
  production: plan.sections.has('production') ? await runProduction(plan, dbStores) : null,
  improvements: plan.sections.has('improvements') ? await runImprovements(plan, postgres) : null,
  scale: plan.sections.has('scale') ? await runScale(plan, dbStores) : null,
  site: plan.sections.has('site') ? await runSite(plan) : null,
  mix: plan.sections.has('mix')
    ? await runMix(mixPlanFor(plan.apiStatements, plan.mixSeconds), dbStores, { command, pinning })
    : null,
};
results.finishedAt = new Date().toISOString();
results.durationSeconds = Math.round(elapsedSeconds());
results.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);

const resultsDir = resolve(repo, 'bench/results');
const json = `${JSON.stringify(results, null, 2)}\n`;
const complete = !plan.quick && plan.sections.size === sectionNames.length;
if (complete) {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(resolve(resultsDir, `${results.startedAt.replace(/[:.]/g, '-')}.json`), json);
  writeFileSync(latestPath, json);
  writeFileSync(resolve(repo, 'docs/benchmarks.md'), renderMarkdown(results, results.mix ?? latestMix()));
} else {
  // Quick and partial runs are not results to keep: bench/.tmp is git-ignored.
  mkdirSync(resolve(repo, 'bench/.tmp'), { recursive: true });
  writeFileSync(resolve(repo, 'bench/.tmp/partial.json'), json);
}

process.stdout.write(
  `\n${renderMarkdown(results, results.mix ?? null)}\n\nTargets:\n${verdictLines(results).join('\n')}\n`,
);
progress(
  complete
    ? `done in ${results.durationSeconds} s: bench/results/latest.json and docs/benchmarks.md rewritten`
    : `done in ${results.durationSeconds} s: bench/.tmp/partial.json written (a full run rewrites docs/benchmarks.md)`,
);
