import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromiumPath, launchChromium } from '@parley/chromium';
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

/** The pages measured, with words each must contain (from the seed dataset) so a broken page is not scored. */
const pages = [
  { name: 'home', path: '/', expect: 'Parley' },
  { name: 'summit', path: '/summits/second-us-north-korea-2019', expect: 'North Korea summit' },
  { name: 'statement', path: '/statements/sanders-2019-01-18-statement', expect: 'Kim Yong Chol' },
];

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
}

export interface SiteResult {
  /** Why the site was not measured, null when it was. */
  missing: string | null;
  build: string | null;
  pages: LighthousePage[];
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
  const buildId = join(webDir, '.next/BUILD_ID');
  const stale = existsSync(buildId) && statSync(buildId).mtimeMs < newest(join(webDir, 'src'));
  if (existsSync(buildId) && (!stale || plan.quick)) {
    return {
      build: stale ? 'existing build, older than the sources (--quick does not rebuild)' : 'existing build',
    };
  }
  if (plan.quick)
    return { missing: 'apps/web has no production build (run `npm run build`; --quick does not build)' };
  progress('site: building apps/web for production (next build)');
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
  return { build: `built by this run in ${Math.round((performance.now() - started) / 1000)} s` };
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

async function lighthouse(url: string): Promise<Omit<LighthousePage, 'name' | 'path'>> {
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
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const requests: { resourceType?: string; transferSize?: number }[] =
      lhr.audits['network-requests']?.details?.items ?? [];
    const kb = (items: typeof requests) =>
      Math.round(items.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 102.4) / 10;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      jsKb: kb(requests.filter((r) => r.resourceType === 'Script')),
      totalKb: kb(requests),
      lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
      tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
      failing: ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter(
            (ref: { id: string; weight: number }) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1,
          )
          .map((ref: { id: string }) => {
            // The first item says what failed, e.g. the console error's text.
            const item = lhr.audits[ref.id]?.details?.items?.[0];
            const what = String(item?.description ?? item?.node?.snippet ?? item?.url ?? '').slice(0, 160);
            return what ? `${ref.id} (${what})` : ref.id;
          }),
      ),
    };
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Lighthouse on the home, summit and statement pages of the production build, and a page under load. */
export async function runSite(plan: Plan): Promise<SiteResult> {
  const none = { pages: [], load: null, loadVoid: null };
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
    const measured: LighthousePage[] = [];
    // --quick scores the summit page only, the heaviest of the three.
    for (const page of plan.quick ? pages.slice(1, 2) : pages) {
      progress(`site: Lighthouse on ${page.path}`);
      measured.push({ name: page.name, path: page.path, ...(await lighthouse(origin + page.path)) });
      progress(`site: ${page.name}: ${JSON.stringify(measured.at(-1))}`);
    }
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
        load: { ...load, page: `${summit.path} (${served})` },
        loadVoid: null,
      };
    } catch (error) {
      if (!(error instanceof VoidRun)) throw error;
      return { missing: null, build: build.build, pages: measured, load: null, loadVoid: error.message };
    }
  } finally {
    next?.kill('SIGTERM');
    await api?.stop();
  }
}
