import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

const apiDir = fileURLToPath(new URL('..', import.meta.url));
/** The repository's root, where the README's commands run. */
export const rootDir = fileURLToPath(new URL('../../..', import.meta.url));
const started: { child: ChildProcess; group: boolean }[] = [];

/** Kills a program, or its whole process group (a shell's children outlive it). */
function kill({ child, group }: { child: ChildProcess; group: boolean }) {
  if (!group) {
    if (child.exitCode === null) child.kill('SIGKILL');
    return;
  }
  try {
    process.kill(-(child.pid as number), 'SIGKILL');
  } catch {
    // The group has ended already.
  }
}

// Whatever a test leaves running is killed after it.
afterEach(() => {
  for (const entry of started.splice(0)) kill(entry);
});

/**
 * Starts a program (in a process group of its own with `group`, killed whole), collecting its output lines;
 * `waitFor` resolves with the first line matching. `env` adds to this process's environment unless `inherit`
 * is false.
 */
function startProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
  { cwd = apiDir, group = false, inherit = true } = {},
) {
  const child = spawn(command, args, {
    cwd,
    env: inherit ? { ...process.env, ...env } : env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: group,
  });
  const entry = { child, group };
  started.push(entry);
  const lines: string[] = [];
  const waiters: (() => void)[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      for (const wake of waiters.splice(0)) wake();
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const waitFor = async (pattern: RegExp, from = 0) => {
    for (;;) {
      const line = lines.slice(from).find((l) => pattern.test(l));
      if (line) return line;
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`${command} exited:\n${lines.join('\n')}`);
      await Promise.race([new Promise<void>((resolve) => waiters.push(resolve)), exited]);
    }
  };
  return { child, lines, exited, waitFor, kill: () => kill(entry) };
}

/**
 * Runs `script` with `bash -e` at the repository's root in exactly the environment `env`, its children in its
 * process group (killed with it).
 */
export function startShell(script: string, env: Record<string, string>) {
  return startProcess('bash', ['-ec', script], env, { cwd: rootDir, group: true, inherit: false });
}

/** Starts src/server.ts as `npm run start` does (production, memory store, a free port unless `env` says otherwise). */
export function startServer(env: Record<string, string>) {
  return startProcess(process.execPath, ['--conditions=@parley/source', '--import', 'tsx', 'src/server.ts'], {
    PARLEY_STORE: 'memory',
    PORT: '0',
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    PARLEY_AUTH_SECRET: 'a secret for the tests, 32 characters or more',
    ...env,
  });
}

/** A server started, once it listens: its port read from its first line. */
export async function listeningServer(env: Record<string, string>) {
  const server = startServer(env);
  const port = Number(/127\.0\.0\.1:(\d+)\//.exec(await server.waitFor(/Parley API \(/))?.[1]);
  return { ...server, port, url: `http://127.0.0.1:${port}/graphql` };
}

/** A TCP port nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Whether `redis-server` can be run. In CI it must (its absence fails the run); elsewhere the tests that need
 * it are skipped with the reason printed.
 */
export function redisServerAvailable(): boolean {
  const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (found.status === 0) return true;
  const reason = found.error?.message ?? found.stderr;
  if (process.env.CI === 'true') throw new Error(`CI needs redis-server on the PATH: ${reason}`);
  console.warn(`skipping the tests that need Redis: redis-server cannot be run (${reason})`);
  return false;
}

/** A Redis of the test's own on `port` (never the shared one): no persistence, killed after the test. */
export async function startRedis(port: number) {
  const redis = startProcess(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', ''],
    {},
  );
  await redis.waitFor(/Ready to accept connections/);
  return redis;
}
