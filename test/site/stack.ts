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
  /** A bearer token of an editor's account, when one was asked for. */
  editorToken: string | null;
  stop: () => Promise<void>;
}

/** The e-mail of the editor's account a stack makes when asked. */
export const e2eEditor = 'editor@e2e.example';

/** Builds the site once if no build exists (CI builds it first through turbo). */
/** Builds a workspace whose build output is missing (`npm test` builds them first through turbo). */
function ensureBuilt(workspace: string, output: string) {
  if (existsSync(join(root, output))) return;
  const build = spawnSync('npm', ['run', 'build', '--workspace', workspace], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`building ${workspace} failed`);
}

/**
 * Makes an editor's account in a data folder and answers its token, with the db CLI as an admin would: before
 * the API opens the folder (PGlite is open in one process at a time).
 */
function createEditor(dataDir: string): string {
  const db = (args: string[], input?: string) => {
    const run = spawnSync('npm', ['run', '-s', 'db', '--', ...args, '--data-dir', dataDir], {
      cwd: root,
      input,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`db ${args.join(' ')} failed:\n${run.stderr}`);
    return run.stdout.trim();
  };
  db(['users', 'add', e2eEditor, '--role', 'editor'], 'an e2e editor password');
  return db(['tokens', 'create', e2eEditor]);
}

/**
 * Starts the API on a fresh data folder (with an editor's account when `editor`), then the site pointing at
 * it, and waits until both answer.
 */
export async function startStack({ editor = false } = {}): Promise<Stack> {
  ensureBuilt('@parley/web', 'apps/web/.next/BUILD_ID');
  ensureBuilt('@parley/api', 'apps/api/dist/server.mjs');
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  const editorToken = editor ? createEditor(dataDir) : null;
  const [apiPort, sitePort] = [await freePort(), await freePort()];
  const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  const siteUrl = `http://127.0.0.1:${sitePort}`;

  // The API as `npm start` runs it: the production build, plain node.
  const api = startService('api', join(root, 'apps/api/dist/server.mjs'), [], {
    cwd: root,
    env: { PORT: String(apiPort), PARLEY_DATA_DIR: dataDir },
  });
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
    // /readyz answers 200 once the store is migrated, seeded and answering.
    await waitUntilReady(api, async () => (await fetch(new URL('/readyz', apiUrl))).ok);
    await waitUntilReady(site, async () => (await fetch(`${siteUrl}/not-found-probe`)).status === 404);
  } catch (error) {
    await stop();
    throw error;
  }
  return { apiUrl, siteUrl, api, site, editorToken, stop };
}
