import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, type Service, startService, waitUntilReady } from './processes.ts';

const root = resolve(import.meta.dirname, '../..');
const webDir = join(root, 'apps/web');

/** The API and the built site running on free ports, for one test file. */
export interface Stack {
  apiUrl: string;
  siteUrl: string;
  api: Service;
  site: Service;
  /** Stops the API and starts it again on the same address and data folder, as an operator's restart would. */
  restartApi: () => Promise<void>;
  /** A bearer token of each account asked for, by email. */
  tokens: Record<string, string>;
  stop: () => Promise<void>;
}

/** An account a stack makes before the API starts, as an admin would from the command line. */
export interface E2eAccount {
  email: string;
  role: 'editor' | 'admin';
}

/** The e-mail of the editor's account the tests use. */
export const e2eEditor = 'editor@e2e.example';

/** The password of every account a stack makes. */
export const e2ePassword = 'an e2e editor password';

/** Builds the site once if no build exists (CI builds it first through turbo). */
/** Builds a workspace whose build output is missing (`npm test` builds them first through turbo). */
function ensureBuilt(workspace: string, output: string) {
  if (existsSync(join(root, output))) return;
  const build = spawnSync('npm', ['run', 'build', '--workspace', workspace], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`building ${workspace} failed`);
}

/**
 * Makes an account in a data folder and answers its token, with the db CLI as an admin would: before the API
 * opens the folder (PGlite is open in one process at a time).
 */
function createAccount(dataDir: string, { email, role }: E2eAccount): string {
  const db = (args: string[], input?: string) => {
    const run = spawnSync('npm', ['run', '-s', 'db', '--', ...args, '--data-dir', dataDir], {
      cwd: root,
      input,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`db ${args.join(' ')} failed:\n${run.stderr}`);
    return run.stdout.trim();
  };
  db(['users', 'add', email, '--role', role], e2ePassword);
  return db(['tokens', 'create', email]);
}

/**
 * Starts the API on a fresh data folder (with the accounts asked for, after `prepare` has run on the folder),
 * then the site pointing at it, and waits until both answer.
 */
export async function startStack({
  accounts = [] as E2eAccount[],
  prepare = (_dataDir: string) => {},
} = {}): Promise<Stack> {
  // PARLEY_WEB_DIST (next.config.ts's distDir) lets several builds sit side by side; `next start` reads it too.
  ensureBuilt('@parley/web', `apps/web/${process.env.PARLEY_WEB_DIST ?? '.next'}/BUILD_ID`);
  ensureBuilt('@parley/api', 'apps/api/dist/server.mjs');
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  prepare(dataDir);
  const tokens = Object.fromEntries(
    accounts.map((account) => [account.email, createAccount(dataDir, account)]),
  );
  const [apiPort, sitePort] = [await freePort(), await freePort()];
  const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  const siteUrl = `http://127.0.0.1:${sitePort}`;

  // The API as `npm start` runs it: the production build, plain node.
  const startApi = () =>
    startService('api', join(root, 'apps/api/dist/server.mjs'), [], {
      cwd: root,
      env: { PORT: String(apiPort), PARLEY_DATA_DIR: dataDir },
    });
  // /readyz answers 200 once the store is migrated, seeded and answering.
  const apiReady = (service: Service) =>
    waitUntilReady(service, async () => (await fetch(new URL('/readyz', apiUrl))).ok);
  let api = startApi();
  const site = startService(
    'site',
    process.execPath,
    [join(root, 'node_modules/next/dist/bin/next'), 'start', '--hostname', '127.0.0.1'],
    { cwd: webDir, env: { PORT: String(sitePort), PARLEY_API_URL: apiUrl, NEXT_TELEMETRY_DISABLED: '1' } },
  );
  const stop = async () => {
    await Promise.all([site.stop(), api.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await apiReady(api);
    await waitUntilReady(site, async () => (await fetch(`${siteUrl}/not-found-probe`)).status === 404);
  } catch (error) {
    await stop();
    throw error;
  }
  const restartApi = async () => {
    await api.stop();
    api = startApi();
    await apiReady(api);
  };
  return {
    apiUrl,
    siteUrl,
    get api() {
      return api;
    },
    site,
    tokens,
    stop,
    restartApi,
  };
}

/**
 * One operation against a stack's API, as the account of `token` when given: tests take their expectations
 * from the same data the site shows. A GraphQL error fails the test with its message.
 */
export async function askApi<T>(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string | null,
): Promise<T> {
  const response = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A summit's title changed through the API as the e2e editor (an account of the stack), for `reason`: the new title. */
export async function retitleSummit(stack: Stack, slug: string, reason: string): Promise<string> {
  const { summit } = await askApi<{ summit: { id: string; revision: number } }>(
    stack.apiUrl,
    'query ($slug: String!) { summit(slug: $slug) { id revision } }',
    { slug },
  );
  const title = `Retitled by the ${reason} ${Date.now()}`;
  const { updateSummit } = await askApi<{ updateSummit: { userErrors: unknown[] } }>(
    stack.apiUrl,
    `mutation ($input: UpdateSummitInput!) { updateSummit(input: $input) { userErrors { message } } }`,
    { input: { id: summit.id, expectedRevision: summit.revision, title, reason } },
    stack.tokens[e2eEditor],
  );
  if (updateSummit.userErrors.length > 0) throw new Error(JSON.stringify(updateSummit.userErrors));
  return title;
}
