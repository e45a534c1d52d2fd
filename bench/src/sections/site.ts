import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromiumPath, launchChromium } from '@parley/chromium';
import type { Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { serverPrefix } from '../harness/cpu.ts';
import { freePort } from '../harness/free-port.ts';
import { type LoadResult, measure, VoidRun } from '../harness/load.ts';
import { progress } from '../harness/progress.ts';
import { type ServerProcess, spawnServer } from '../harness/spawn-server.ts';
import type { Plan } from '../plan.ts';

const run = promisify(execFile);
const repo = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const webDir = join(repo, 'apps/web');
const lighthouseCli = join(repo, 'node_modules/lighthouse/cli/index.js');
// next.config.ts builds into PARLEY_WEB_DIST when set, so a benchmark's build can sit beside others'.
const distDir = process.env.PARLEY_WEB_DIST ?? '.next';
const reportsDir = join(repo, 'bench/.tmp/lighthouse');
/** Lighthouse runs per page, of which the median counts (Lighthouse's docs: five halve one run's spread); --quick makes one. */
const RUNS = 5;

/** The pages measured, with words each must contain (from the seed dataset) so a broken page is not scored. */
const pages = [
  { name: 'home', path: '/', expect: 'Parley' },
  { name: 'summit', path: '/summits/second-us-north-korea-2019', expect: 'North Korea summit' },
  { name: 'statement', path: '/statements/sanders-2019-01-18-statement', expect: 'Kim Yong Chol' },
  // The pages whose pictures are the largest (issue 15: Lighthouse 95+ with the charts).
  { name: 'timeline', path: '/timeline', expect: 'Kim Yong Chol' },
  { name: 'people', path: '/people', expect: 'Kim Yong Chol' },
  { name: 'places', path: '/places', expect: 'Vietnam' },
];

/** One of the runs behind a page's figures. */
export interface LighthouseRun {
  performance: number;
  tbtMs: number;
  /** Lighthouse's measure of how fast the machine ran the page (higher is faster): low when others loaded it. */
  benchmarkIndex: number;
  /** The run whose figures the page's are. */
  median: boolean;
}

/** A page's figures: those of its median Lighthouse run. */
export interface LighthousePage {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** JavaScript transferred (gzip as served by `next start`), in KB. */
  jsKb: number;
  /** Everything transferred, in KB. */
  totalKb: number;
  lcpMs: number;
  tbtMs: number;
  /** Audits of accessibility, best practices and SEO that did not pass, by id, with what the first item says. */
  failing: string[];
  /** Every run, in order, the median one marked; absent from results written when each page ran once. */
  runs?: LighthouseRun[];
  /** Where the median run's report was kept, from the repository's root. */
  report: string;
}

export interface SiteResult {
  /** Why the site was not measured, null when it was. */
  missing: string | null;
  build: string | null;
  pages: LighthousePage[];
  /** How Lighthouse was run: runs per page and the cores it had. */
  lighthouse: string | null;
  /** The summit page under load (10 connections) through `next start`. */
  load: (LoadResult & { page: string }) | null;
  loadVoid: string | null;
}

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

/** Uses the production build of apps/web, building it first when it is missing or older than its sources. */
async function ensureBuild(plan: Plan): Promise<{ build: string } | { missing: string }> {
  const routes = [
    'src/app/page.tsx',
    'src/app/summits/[slug]/page.tsx',
    'src/app/statements/[slug]/page.tsx',
  ];
  const absent = routes.filter((r) => !existsSync(join(webDir, r)));
  if (absent.length > 0)
    return { missing: `apps/web has no ${absent.join(', ')} yet: the site is not built` };
  const buildId = join(webDir, distDir, 'BUILD_ID');
  const stale = existsSync(buildId) && statSync(buildId).mtimeMs < newest(join(webDir, 'src'));
  if (existsSync(buildId) && (!stale || plan.quick)) {
    return {
      build: `existing build in apps/web/${distDir}${stale ? ', older than the sources (--quick does not rebuild)' : ''}`,
    };
  }
  if (plan.quick)
    return { missing: 'apps/web has no production build (run `npm run build`; --quick does not build)' };
  progress(`site: building apps/web for production into apps/web/${distDir} (next build)`);
  const started = performance.now();
  try {
    await run('npm', ['run', 'build', '--workspace', '@parley/web'], {
      cwd: repo,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const output = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`;
    return { missing: `next build failed:\n${output.trim().split('\n').slice(-15).join('\n')}` };
  }
  return {
    build: `built into apps/web/${distDir} by this run in ${Math.round((performance.now() - started) / 1000)} s`,
  };
}

async function waitForPage(url: string, child: ChildProcess, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/** One Lighthouse run of a page in a fresh browser: its report as Lighthouse writes it. */
async function lighthouseRun(url: string): Promise<Result> {
  const folder = mkdtempSync(join(tmpdir(), 'parley-lighthouse-'));
  // Lighthouse finds the browser on its debugging port and uses it instead of launching its own.
  const port = await freePort();
  const browser = await launchChromium([`--remote-debugging-port=${port}`]);
  try {
    const report = join(folder, 'report.json');
    await run(
      process.execPath,
      [
        lighthouseCli,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${report}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        `--port=${port}`,
      ],
      { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
    );
    return JSON.parse(readFileSync(report, 'utf8'));
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

const score = (lhr: Result, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const milliseconds = (lhr: Result, id: string) => Math.round(lhr.audits[id]?.numericValue ?? 0);

/** What one run says of a page, for the progress lines and the report's list of runs. */
const runFigures = (lhr: Result): Omit<LighthouseRun, 'median'> => ({
  performance: score(lhr, 'performance'),
  tbtMs: milliseconds(lhr, 'total-blocking-time'),
  benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
});

/** The figures of the report Lighthouse wrote for a page. */
function pageFigures(lhr: Result): Omit<LighthousePage, 'name' | 'path' | 'runs' | 'report'> {
  const details = lhr.audits['network-requests']?.details as
    | { items?: { resourceType?: string; transferSize?: number }[] }
    | undefined;
  const requests = details?.items ?? [];
  const kb = (items: typeof requests) =>
    Math.round(items.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 102.4) / 10;
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    seo: score(lhr, 'seo'),
    jsKb: kb(requests.filter((r) => r.resourceType === 'Script')),
    totalKb: kb(requests),
    lcpMs: milliseconds(lhr, 'largest-contentful-paint'),
    tbtMs: milliseconds(lhr, 'total-blocking-time'),
    failing: ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => {
          // The first item says what failed, e.g. the console error's text.
          const items = (lhr.audits[ref.id]?.details as { items?: Record<string, unknown>[] } | undefined)
            ?.items;
          const item = items?.[0] as
            | { description?: string; node?: { snippet?: string }; url?: string }
            | undefined;
          const what = String(item?.description ?? item?.node?.snippet ?? item?.url ?? '').slice(0, 160);
          return what ? `${ref.id} (${what})` : ref.id;
        }),
    ),
  };
}

/**
 * Lighthouse `runs` times on a page and the figures of its median run, the one nearest the median first paint
 * and time to interactive (Lighthouse's own computeMedianRun): on a shared machine one run's score swings by
 * ten points or more, which Lighthouse's docs on variability answer with the median of several runs.
 */
async function lighthouse(
  page: (typeof pages)[number],
  origin: string,
  runs: number,
): Promise<LighthousePage> {
  const reports: Result[] = [];
  for (let i = 1; i <= runs; i++) {
    const lhr = await lighthouseRun(origin + page.path);
    reports.push(lhr);
    const figures = runFigures(lhr);
    progress(
      `site: ${page.name} run ${i}/${runs}: performance ${figures.performance}, TBT ${figures.tbtMs} ms, benchmark index ${figures.benchmarkIndex}`,
    );
  }
  const median = computeMedianRun(reports);
  // The median run's report stays for a look at what the page spends its time on (bench/.tmp is git-ignored).
  mkdirSync(reportsDir, { recursive: true });
  const report = join(reportsDir, `${page.name}.json`);
  writeFileSync(report, JSON.stringify(median));
  return {
    name: page.name,
    path: page.path,
    ...pageFigures(median),
    runs: reports.map((lhr) => ({ ...runFigures(lhr), median: lhr === median })),
    report: relative(repo, report),
  };
}

/**
 * Runs `work` with this process, and whatever it starts, free to use every core, then pins it back as it was.
 * The load tests keep the bench on one core (harness/cpu.ts) and Chromium would inherit it: with all its processes
 * and Lighthouse's own on one core, the summit page's blocking time read 700 to 1,200 ms where the same build on
 * both cores read 80 to 190 ms.
 */
async function onEveryCore<T>(work: () => Promise<T>): Promise<{ result: T; cores: string }> {
  let mask: string | undefined;
  try {
    mask = execFileSync('taskset', ['-p', String(process.pid)], { encoding: 'utf8' })
      .trim()
      .split(' ')
      .at(-1);
    execFileSync('taskset', ['-a', '-p', '-c', `0-${cpus().length - 1}`, String(process.pid)], {
      stdio: 'ignore',
    });
  } catch {
    return { result: await work(), cores: 'the cores this process had (taskset is missing)' };
  }
  try {
    return { result: await work(), cores: `all ${cpus().length} cores` };
  } finally {
    if (mask) execFileSync('taskset', ['-a', '-p', mask, String(process.pid)], { stdio: 'ignore' });
  }
}

/** Lighthouse on the pages above, of the production build, and a page under load. */
export async function runSite(plan: Plan): Promise<SiteResult> {
  const none = { pages: [], lighthouse: null, load: null, loadVoid: null };
  if (!existsSync(chromiumPath))
    return { missing: `no Chromium at ${chromiumPath} (apt-get install chromium)`, build: null, ...none };
  const build = await ensureBuild(plan);
  if ('missing' in build) return { missing: build.missing, build: null, ...none };
  progress(`site: ${build.build}; starting the API (seed data) and next start`);
  let api: ServerProcess | null = null;
  let next: ChildProcess | null = null;
  try {
    api = await spawnServer({ server: 'parley', store: { kind: 'seed' }, options: {} });
    const port = await freePort();
    const argv = [
      ...serverPrefix(),
      process.execPath,
      join(repo, 'node_modules/next/dist/bin/next'),
      'start',
    ];
    next = spawn(argv[0] as string, [...argv.slice(1), '--port', String(port), '--hostname', '127.0.0.1'], {
      cwd: webDir,
      stdio: 'ignore',
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        PARLEY_API_URL: `${api.url}/graphql`,
      },
    });
    const origin = `http://127.0.0.1:${port}`;
    await waitForPage(origin, next, 60);
    for (const page of pages) {
      const response = await fetch(origin + page.path);
      const html = await response.text();
      if (!response.ok || !html.includes(page.expect)) {
        return {
          missing: `${page.path} answered ${response.status} without "${page.expect}"`,
          build: build.build,
          ...none,
        };
      }
    }
    const runs = plan.quick ? 1 : RUNS;
    const { result: measured, cores } = await onEveryCore(async () => {
      const scored: LighthousePage[] = [];
      // --quick scores the summit page only: the facts, a timeline and a map.
      for (const page of plan.quick ? pages.slice(1, 2) : pages) {
        progress(`site: Lighthouse ${runs} time(s) on ${origin}${page.path}, each in a fresh Chromium`);
        scored.push(await lighthouse(page, origin, runs));
        progress(`site: ${page.name}, the median run: ${JSON.stringify(scored.at(-1))}`);
      }
      return scored;
    });
    const scoring = `${runs === 1 ? 'once' : `${runs} times`} per page, with Chromium on ${cores}`;
    progress(`site: Lighthouse ran ${scoring}`);
    const summit = pages[1] as (typeof pages)[number];
    // A reader's summit page comes from the site's page cache (apps/web/README.md, "Caching"): say so beside the figure.
    const cache = (await fetch(origin + summit.path)).headers.get('x-nextjs-cache');
    const served =
      cache === 'HIT' || cache === 'STALE'
        ? 'from the page cache'
        : `rendered per request (x-nextjs-cache: ${cache})`;
    progress(`site: ${summit.path} under load (10 connections), served ${served}`);
    try {
      const probe = {
        path: summit.path,
        method: 'GET' as const,
        headers: {},
        verify: (body: string) => body.includes(summit.expect),
      };
      const load = await measure(origin, [probe], 10, plan.load);
      return {
        missing: null,
        build: build.build,
        pages: measured,
        lighthouse: scoring,
        load: { ...load, page: `${summit.path} (${served})` },
        loadVoid: null,
      };
    } catch (error) {
      if (!(error instanceof VoidRun)) throw error;
      return {
        missing: null,
        build: build.build,
        pages: measured,
        lighthouse: scoring,
        load: null,
        loadVoid: error.message,
      };
    }
  } finally {
    next?.kill('SIGTERM');
    await api?.stop();
  }
}
