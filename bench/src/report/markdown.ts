import type { Measured } from '../harness/serve-and-measure.ts';
import { FULL_SCALE_STATEMENTS, PGLITE_MAX_STATEMENTS } from '../plan.ts';
import type { PeerName } from '../sections/api.ts';
import type { ProductionResults } from '../sections/production.ts';
import { DEEP } from '../sections/scale.ts';
import type { LighthouseRun, SiteResult } from '../sections/site.ts';
import { performanceScore, scaleRatio, TARGETS } from '../targets.ts';
import { MIX_SEED, MIX_SHARES, ZIPF_EXPONENT } from '../workloads.ts';
import { cachedLines, uncachedTables, verdictLines } from './headline.ts';
import { mixSection } from './mix-markdown.ts';
import type { MixResults } from './mix-results.ts';
import type { Results } from './results.ts';
import { ratio, table } from './table.ts';

const slashed = (values: (number | null | undefined)[]) =>
  values.map((v) => (v == null ? 'void' : v)).join(' / ');

const method = (r: Results) => `## Method

- **Machine**: ${r.machineAtStart.cores} cores (${r.machineAtStart.cpu}), Node ${r.machineAtStart.node}, load average
  ${r.machineAtStart.loadAverage.join(' / ')} at the start and ${r.loadAverageAtEnd.join(' / ')} at the end (1/5/15 min).
  The machine is shared with other work, so compare figures within this run only.
- **Pinning**: ${r.pinning}. Every server runs in its own process (\`taskset -c 1 node …\`); the load generator
  (autocannon, in the bench process) runs on core 0. PostgreSQL's own processes are not pinned: they share both
  cores, so PostgreSQL figures carry the load generator's noise too.
- **Load**: autocannon, HTTP/1.1 keep-alive, POST \`/graphql\` with a JSON body. Each series: ${r.plan.load.warmupSeconds} s warm-up,
  then ${r.plan.load.repeats} repeat(s) of ${r.plan.load.seconds} s; the table shows the **median** across repeats of
  requests per second, p50 and p99 latency (ms).
- **Checked responses**: every response of every repeat, warm-up included, must be HTTP 200, carry no \`errors\`
  and carry exactly the data the same request returns when executed in process over the same store. One bad
  response voids the series (shown as "void").
- **Data**: the synthetic generator (\`generateDataset\` of \`@parley/domain/testing\`, seed 20190118, its own source
  of kind SYNTHETIC, never loaded by default): per N statements, N/10 meetings, N/20 people, N/200 summits. The
  server comparison fills PGlite and PostgreSQL with ${r.plan.apiStatements} statements and the memory store with
  ${r.plan.smallStatements ?? r.plan.apiStatements} (it measures the GraphQL layer: its search scans every record). PGlite and PostgreSQL are filled through
  the \`db import\` path (\`importRecords\` over the store's \`writeDataset\`, which ends with \`ANALYZE\`: PGlite
  has no autovacuum), PostgreSQL in a fresh database dropped afterwards.
- **Servers**, one after another over the same store: Parley's production server (\`createParleyYoga\` from
  apps/api: GraphQL Yoga with its body limit, CSRF, graphql-armor, graphql-jit and readiness plugins, request
  log off); Apollo Server 5 (standalone, defaults); Mercurius on Fastify with graphql-jit from the first
  request. All use \`@parley/schema\` and its per-request \`createContext\` (DataLoaders).
- **Caching: like with like.** The headline and the side-by-side figures compare servers that all run
  **without a response cache**: Apollo Server and Mercurius have none by default, and Parley's is switched off
  (\`responseCache: false\`). Parley as shipped, response cache on, is measured on the same workload in the
  same run and reported apart, against uncached Parley only, never against the peers. Yoga's parse and
  validation cache and graphql-jit's compiled queries stay on where a server has them: they key on the
  document, which every request of an operation shares.
- **Workload: a realistic mix.** Readers do not repeat one query: most open the newest summit, the first page,
  the people in the news, and a long tail opens the rest. Each operation's possible requests are read from the
  filled store and ranked (below); a request of rank k is drawn with weight 1/k^${ZIPF_EXPONENT} (Zipf's law), from a
  fixed seed (${MIX_SEED}), so a run's requests depend only on the data. Each operation's own series is 500 such
  draws; the **mixed** series is 1,000 draws across operations in fixed shares: ${Object.entries(MIX_SHARES)
    .map(([name, share]) => `${Math.round(share * 100)} % ${name}`)
    .join(', ')}. Every connection sends a series' draws in order from the first, and every answer is checked
  against its own request's data. Before its first series each server is sent every different request once
  (first compilations and cold caches are paid there, not in the first series), so a response cache answers
  the series from its entries: cached figures are cache hits.
${operationsList(r)}`;

/** The operations, each with what its requests go through as the run recorded it. */
function operationsList(r: Results): string {
  const cycles = r.api?.find((s) => s.store !== 'memory')?.cycles ?? r.api?.[0]?.cycles ?? {};
  const operations: [name: string, what: string][] = [
    ['mixed', 'the five below in their shares'],
    [
      'summit-page',
      'a summit with its developments, candidate locations, participants, 20 meetings with participants and 20 statements with speakers and citations',
    ],
    ['statements-page', 'a page of 50 statements with speakers, topics and sources, by cursor'],
    ['person-page', 'a person with the first 20 things they said, with topics and sources'],
    ['search', 'a search across all types (first 20)'],
    ['timeline', 'a month of the timeline (first 50 summits, meetings and statements)'],
  ];
  return operations
    .map(([name, what]) => `  - \`${name}\`${cycles[name] ? ` (${cycles[name]})` : ''}: ${what}.`)
    .join('\n');
}

function apiSection(r: Results): string {
  if (!r.api) return '## Servers side by side\n\nNot run.';
  const parts = [
    '## Servers side by side',
    '',
    "req/s, p50, p99 and the server's CPU (% of its core while measured) as Parley / Apollo Server 5 / Mercurius + graphql-jit, all three **without a response cache**, every series of the run (the mixed workload at 1 and 10 connections too). A server well under 100 % CPU at 10 connections was held back by the load generator, not by itself: its req/s is a lower bound. The last two columns are Parley as shipped, response cache on, on the same requests (cache hits), set against uncached Parley.",
  ];
  for (const store of r.api) {
    const find = (peer: PeerName, op: string, c: number) =>
      store.series.find((s) => s.peer === peer && s.operation === op && s.connections === c);
    const keys = [...new Set(store.series.map((s) => `${s.operation}|${s.connections}`))];
    const rows = keys.map((key) => {
      const [op, c] = key.split('|') as [string, string];
      const [p, a, m, cached] = (['parley', 'apollo', 'mercurius', 'parley-cached'] as const).map((peer) =>
        find(peer, op, Number(c)),
      );
      return [
        op,
        p?.distinct ?? null,
        Number(c),
        slashed([p?.requestsPerSecond, a?.requestsPerSecond, m?.requestsPerSecond]),
        slashed([p?.p50, a?.p50, m?.p50]),
        slashed([p?.p99, a?.p99, m?.p99]),
        slashed([p?.serverCpu, a?.serverCpu, m?.serverCpu]),
        ratio(p?.requestsPerSecond, a?.requestsPerSecond),
        ratio(p?.requestsPerSecond, m?.requestsPerSecond),
        slashed([cached?.requestsPerSecond, cached?.p99]),
        ratio(cached?.requestsPerSecond, p?.requestsPerSecond),
      ];
    });
    parts.push(
      '',
      `### ${store.store} store, ${store.statements} statements${store.importSeconds !== null ? ` (import ${store.importSeconds.toFixed(1)} s)` : ''}`,
      '',
      table(
        [
          'operation',
          'different requests',
          'conns',
          'req/s',
          'p50 ms',
          'p99 ms',
          'server CPU %',
          'Parley ÷ Apollo',
          'Parley ÷ Mercurius',
          'cached Parley req/s / p99 ms',
          'cached ÷ uncached Parley',
        ],
        rows,
      ),
    );
  }
  return parts.join('\n');
}

function improvementsSection(r: Results): string {
  if (!r.improvements) return '## Improvements\n\nNot run.';
  const { series, cacheChecks } = r.improvements;
  const base = (s: Measured & { store: string }) =>
    series.find((b) => b.variant === 'yoga' && b.store === s.store && b.operation === s.operation);
  const rows = series.map((s) => [
    s.store,
    s.label,
    s.operation,
    s.requestsPerSecond,
    s.p50,
    s.p99,
    s.serverCpu,
    ratio(s.requestsPerSecond, base(s)?.requestsPerSecond),
  ]);
  return `## Improvements

Each improvement is switched on over plain Yoga (Parley's schema and context, none of the production plugins)
and compared with plain Yoga in the same run, at 10 connections, over ${r.plan.smallStatements ?? r.plan.apiStatements} statements, each operation
cycling once through its requests (every summit by slug, the first 100 statements pages, 100 people's names).
"Parley production" shows Parley's own server (graphql-jit on) with and without its response cache. Each server
is sent every request once first, so the rows with a response cache measure cache hits: compare them with
each other, not with the uncached rows or the peers.

${table(['store', 'server', 'operation', 'req/s', 'p50 ms', 'p99 ms', 'server CPU %', 'vs plain Yoga'], rows)}

Can Parley's response cache serve stale data? Parley's server runs while another process writes one
statement through \`db import\` (the cache drops what the store's change notification names):

${cacheChecks.map((c) => `- ${c.store}: ${c.stale ? '**stale**' : 'cannot go stale'}; ${c.detail}.`).join('\n') || '- Not checked in this run.'}`;
}

function scaleSection(r: Results): string {
  if (!r.scale) return '## Scale\n\nNot run.';
  const ops = ['statements-page', 'statements-deep', 'search', 'timeline', 'summit-page'];
  const cell = (row: (typeof r.scale)[number], op: string) => {
    const s = row.series.find((x) => x.operation === op);
    return s?.void ? 'void' : `${s?.p50} / ${s?.p99}`;
  };
  const latency = table(
    ['store', 'statements', 'import s', ...ops.map((o) => `${o} p50 / p99 ms`), 'API peak RSS MB'],
    r.scale.map((row) => [
      row.store,
      row.statements,
      row.importSeconds === null ? null : Number(row.importSeconds.toFixed(1)),
      ...ops.map((op) => cell(row, op)),
      row.peakRssMb,
    ]),
  );
  const sql = table(
    ['store', 'statements', ...ops],
    r.scale.map((row) => [row.store, row.statements, ...ops.map((op) => row.sqlCounts[op] ?? null)]),
  );
  const rows = r.scale;
  const larger = rows.filter((row) => row.statements > TARGETS.statements);
  const ratios = !larger.length
    ? `No size above ${TARGETS.statements} statements in this run.`
    : table(
        ['store', 'statements', ...ops.map((o) => `${o} p50 ÷ 10k`)],
        larger.map((row) => [
          row.store,
          row.statements,
          ...ops.map((op) => {
            const x = scaleRatio(rows, row, op);
            const checked = row.store === 'postgres' && TARGETS.scaleOperations.includes(op);
            return x === null
              ? '—'
              : `${x.toFixed(2)}×${checked ? (x <= TARGETS.scaleRatio ? ' ✓' : ' ✗') : ''}`;
          }),
        ]),
      );
  return `## Scale

Parley's production server over PGlite and PostgreSQL filled with synthetic data of each size, one connection,
latency p50 / p99 in ms. \`statements-page\` is the first page of 50, \`statements-deep\` the 50 after the first
${DEEP} (900 at 1k statements; cursor reached by paging), \`search\` a person's name that matches a constant number of records at every
size, \`timeline\` January 2019 (first 50), \`summit-page\` of the summit Aster Kakaka hosts. Each is one request,
repeated (scale is about the store's cost per query, so the response cache is off). RSS is the API process's
peak; PGlite runs inside that process, PostgreSQL does not. PGlite is filled to ${PGLITE_MAX_STATEMENTS} statements at most;
${FULL_SCALE_STATEMENTS} statements (PostgreSQL only) run only with \`--full-scale\` (or \`--sizes\`): the import time says how long it took.

${latency}

Each p50 over the same store's at ${TARGETS.statements} statements (issue 13: list, search and summit pages on PostgreSQL
within ${TARGETS.scaleRatio}×, marked ✓/✗):

${ratios}

SQL statements per operation (counted with the store's query hook, one execution in process):

${sql}`;
}

/** A Lighthouse run in the site table: its performance score (TBT ms), in bold for the run the row gives. */
const runCell = (run: Pick<LighthouseRun, 'performance' | 'tbtMs' | 'median'>) => {
  const text = `${run.performance} (${run.tbtMs})`;
  return run.median ? `**${text}**` : text;
};

/** How the pages were scored; results from before the bench ran each page several times say once. */
function lighthouseNote(site: SiteResult): string {
  const runs = site.pages.flatMap((p) => p.runs ?? []);
  if (!site.lighthouse || runs.length === 0) return 'Each page was scored once.';
  const indexes = runs.map((run) => run.benchmarkIndex);
  const median =
    runs.length > site.pages.length
      ? ` "performance" is the median of the runs' scores (Lighthouse CI's median); the other columns give the page's
median run, the one nearest the runs' median first paint and time to interactive (Lighthouse's computeMedianRun,
as its docs on variability advise), which can be a run other processes slowed; "runs" gives every run's
performance score (TBT ms), the median run in bold.`
      : '';
  return `Lighthouse ran ${site.lighthouse}, each time in a fresh Chromium.${median} Lighthouse's benchmark index
(how fast the machine ran, higher is faster) went from ${Math.min(...indexes)} to ${Math.max(...indexes)} over the runs.`;
}

function siteSection(r: Results): string {
  if (!r.site) return '## Site\n\nNot run.';
  if (r.site.missing) return `## Site\n\n**Not measured**: ${r.site.missing}`;
  const rows = r.site.pages.map((p) => [
    p.name,
    p.path,
    performanceScore(p),
    p.accessibility,
    p.bestPractices,
    p.seo,
    p.jsKb,
    p.totalKb,
    p.lcpMs,
    p.tbtMs,
    (p.runs ?? [{ performance: p.performance, tbtMs: p.tbtMs, median: true }]).map(runCell).join(' / '),
    p.failing.join(', ') || 'none',
  ]);
  const load = r.site.load
    ? `${r.site.load.page} through \`next start\` at 10 connections: ${r.site.load.requestsPerSecond} req/s, p50 ${r.site.load.p50} ms, p99 ${r.site.load.p99} ms (every response checked for status 200 and the page's text).`
    : `Page under load: void (${r.site.loadVoid}).`;
  return `## Site

Lighthouse 12.2.3 (default mobile settings, simulated throttling) with Debian Chromium, headless, on the
production build of apps/web (${r.site.build}) served by \`next start\` over Parley's API with the seed data.
${lighthouseNote(r.site)}
JS and total are transferred bytes (gzip as served) in KB.

${table(['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO', 'JS KB', 'total KB', 'LCP ms', 'TBT ms', 'runs', 'audits not passed'], rows)}

${load}`;
}

function productionSection(production: ProductionResults | null | undefined): string {
  if (!production) return '## Production server\n\nNot run.';
  const rows = production.runs.flatMap((run) =>
    run.loads.map((load) => [
      run.store,
      run.statements,
      run.startSeconds.join(' / '),
      load.responseCache ? 'on (as shipped)' : 'off',
      load.idleRssMb,
      load.load?.requestsPerSecond ?? 'void',
      load.load ? `${load.load.p50} / ${load.load.p99}` : 'void',
      load.load?.serverCpu ?? null,
      load.peakRssMb,
      load.hwmMb,
    ]),
  );
  return `## Production server

The API as built and started by \`npm start\`: \`npm run build --workspace @parley/api\`, then
\`apps/api/dist/server.mjs\` run by plain \`node\` (\`NODE_ENV=production\`, its own node flags), pinned to the server
core, over each store filled as for the comparison. **Start** is the seconds from spawning the process to its
first 200 from \`/readyz\`, on the existing data (each start of ${production.runs[0]?.startSeconds.length ?? 0}). **Idle RSS** is read
1 s after \`/readyz\`, before any GraphQL request; then the mixed workload at ${TARGETS.connections} connections (every answer
checked) while RSS is sampled every 200 ms: **peak** is the largest sample, VmHWM the kernel's peak since the start.
${production.runs[0] ? `Mixed workload: ${production.runs[0].cycle}.` : ''}

${table(['store', 'statements', 'start s', 'response cache', 'idle RSS MB', 'mixed req/s', 'p50 / p99 ms', 'server CPU %', 'peak RSS MB', 'VmHWM MB'], rows)}
${production.skipped.map((s) => `\n- ${s}`).join('')}`;
}

const bullets = (lines: string[], none: string) =>
  (lines.length ? lines : [none]).map((l) => `- ${l}`).join('\n');

/** Runs before issue 13 kept one size for every store, in their plan. */
const sized = (r: Results): Results => ({
  ...r,
  api: r.api?.map((s) => ({ ...s, statements: s.statements ?? r.plan.apiStatements })) ?? null,
});

/** docs/benchmarks.md from one run's results, and the latest read/write mix (`npm run mix`) when there is one. */
export function renderMarkdown(results: Results, mix: MixResults | null = null): string {
  const r = sized(results);
  return `# Benchmarks

Generated by \`${r.command}\` on ${r.startedAt} (${Math.round(r.durationSeconds)} s). Raw figures:
\`bench/results/latest.json\`. Rerun with \`npm run bench\` (about half an hour) or \`npm run bench -- --quick\`
(a few minutes, less precise, does not rewrite this file).

## Headline: uncached, on a realistic mixed workload

Every server **without a response cache**, at ${TARGETS.connections} connections, on the mixed workload and on each
operation's own draws: requests drawn from a fixed-seed skewed distribution (most readers open the newest
summit, a long tail the rest; see Method), every answer checked against its own request's data.

${uncachedTables(r)}

## Targets (issues 13, 10 and 15)

${bullets(verdictLines(r, mix), 'No target checked in this run.')}

## Cache hits: Parley as shipped

Parley as shipped, **with its response cache**, on the same draws, each request sent once before the series: these
are **cache hits**. Set against the same Parley without the cache (the peers have none, so these figures
are not to be set against theirs):

${bullets(cachedLines(r), 'No cached series in this run.')}

${productionSection(r.production)}

${method(r)}

${apiSection(r)}

${improvementsSection(r)}

${scaleSection(r)}

${siteSection(r)}
${mix ? `\n${mixSection(mix)}\n` : ''}${r.notes.length ? `\n## Left out of this run\n\n${r.notes.map((n) => `- ${n}`).join('\n')}\n` : ''}`;
}
