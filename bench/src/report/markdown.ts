import type { Measured } from '../harness/serve-and-measure.ts';
import type { PeerName } from '../sections/api.ts';
import { DEEP } from '../sections/scale.ts';
import { cachedLines, headline } from './headline.ts';
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
  of kind SYNTHETIC, never loaded by default). The server comparison uses ${r.plan.apiStatements} statements (${r.plan.apiStatements / 10} meetings,
  ${r.plan.apiStatements / 20} people, ${r.plan.apiStatements / 200} summits); PGlite and PostgreSQL are filled through
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
- **Operations**, each cycling through different requests so that no series repeats one query; every
  connection sends them in turn, in the same order, and each answer is checked against its own request's data.
  With a response cache only the first request for each variable set misses, so a cached figure is mostly hits.
${operationsList(r)}`;

/** The operations, each with what its requests go through as the run recorded it. */
function operationsList(r: Results): string {
  const cycles = r.api?.[0]?.cycles ?? {};
  const operations: [name: string, what: string][] = [
    [
      'summit-page',
      'a summit with its developments, candidate locations, participants, 20 meetings with participants and 20 statements with speakers and citations',
    ],
    ['statements-page', 'a page of 50 statements with speakers, topics and sources'],
    ['search', "a search across all types for a person's name"],
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
    "req/s, p50, p99 and the server's CPU (% of its core while measured) as Parley / Apollo Server 5 / Mercurius + graphql-jit, all three **without a response cache**. A server well under 100 % CPU at 10 connections was held back by the load generator, not by itself: its req/s is a lower bound. The last two columns are Parley as shipped, response cache on, on the same requests, set against uncached Parley.",
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
      `### ${store.store} store${store.importSeconds !== null ? ` (import ${store.importSeconds.toFixed(1)} s)` : ''}`,
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
and compared with plain Yoga in the same run, at 10 connections, on the same cycling requests as above.
"Parley production" shows Parley's own server (graphql-jit on) with and without its response cache. A
response cache misses only on the first request for each variable set, so the rows with one measure mostly
cache hits: compare them with each other, not with the uncached rows or the peers.

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
  return `## Scale

Parley's production server over PGlite and PostgreSQL filled with synthetic data of each size, one connection,
latency p50 / p99 in ms. \`statements-page\` is the first page of 50, \`statements-deep\` the 50 after the first
${DEEP} (900 at 1k statements; cursor reached by paging), \`search\` a person's name that matches a constant number of records at every
size, \`timeline\` January 2019 (first 50), \`summit-page\` as above. RSS is the API process's peak; PGlite runs
inside that process, PostgreSQL does not.

${latency}

SQL statements per operation (counted with the store's query hook, one execution in process):

${sql}`;
}

function siteSection(r: Results): string {
  if (!r.site) return '## Site\n\nNot run.';
  if (r.site.missing) return `## Site\n\n**Not measured**: ${r.site.missing}`;
  const rows = r.site.pages.map((p) => [
    p.name,
    p.path,
    p.performance,
    p.accessibility,
    p.bestPractices,
    p.seo,
    p.jsKb,
    p.totalKb,
    p.lcpMs,
    p.tbtMs,
    p.failing.join(', ') || 'none',
  ]);
  const load = r.site.load
    ? `${r.site.load.page} through \`next start\` at 10 connections: ${r.site.load.requestsPerSecond} req/s, p50 ${r.site.load.p50} ms, p99 ${r.site.load.p99} ms (every response checked for status 200 and the page's text).`
    : `Page under load: void (${r.site.loadVoid}).`;
  return `## Site

Lighthouse 12.2.3 (default mobile settings, simulated throttling) with Debian Chromium, headless, on the
production build of apps/web (${r.site.build}) served by \`next start\` over Parley's API with the seed data.
JS and total are transferred bytes (gzip as served) in KB.

${table(['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO', 'JS KB', 'total KB', 'LCP ms', 'TBT ms', 'audits not passed'], rows)}

${load}`;
}

const bullets = (lines: string[], none: string) =>
  (lines.length ? lines : [none]).map((l) => `- ${l}`).join('\n');

/** docs/benchmarks.md from one run's results, and the latest read/write mix (`npm run mix`) when there is one. */
export function renderMarkdown(r: Results, mix: MixResults | null = null): string {
  return `# Benchmarks

Generated by \`${r.command}\` on ${r.startedAt} (${Math.round(r.durationSeconds)} s). Raw figures:
\`bench/results/latest.json\`. Rerun with \`npm run bench\` (about 20 minutes) or \`npm run bench -- --quick\`
(under 3 minutes, less precise, does not rewrite this file).

## Headline

Every server **without a response cache**, each operation cycling through many different requests (see
Method):

${bullets(headline(r), 'No server comparison in this run.')}

Parley as shipped, **with its response cache**, on the same requests, against the same Parley without it (the
peers have no cache, so these figures are not to be set against theirs):

${bullets(cachedLines(r), 'No cached series in this run.')}

${method(r)}

${apiSection(r)}

${improvementsSection(r)}

${scaleSection(r)}

${siteSection(r)}
${mix ? `\n${mixSection(mix)}\n` : ''}${r.notes.length ? `\n## Left out of this run\n\n${r.notes.map((n) => `- ${n}`).join('\n')}\n` : ''}`;
}
