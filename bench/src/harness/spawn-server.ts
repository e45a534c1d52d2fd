import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ServeRequest } from '../servers/serve.ts';
import { serverPrefix } from './cpu.ts';
import { progress } from './progress.ts';

// Linux reports process times in clock ticks, 100 per second on every common configuration.
const CLOCK_TICKS = 100;

const serveScript = fileURLToPath(new URL('../servers/serve.ts', import.meta.url));
const apiServer = fileURLToPath(new URL('../../../apps/api/dist/server.mjs', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** The production server's PARLEY_AUTH_SECRET: production refuses to start without one. */
export const benchAuthSecret = 'the benchmarks secret, 32 characters or more';

let built = false;

/** Builds apps/api/dist/server.mjs from the working tree (once per process), as `npm start` needs it; throws when it fails. */
export function buildProductionApi(): void {
  if (built) return;
  const build = spawnSync('npm', ['run', 'build', '--workspace', '@parley/api'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('the API did not build');
  built = true;
}

/** A server process under test: where it listens, its memory, and how to stop it. */
export interface ServerProcess {
  url: string;
  pid: number;
  /** When the process was spawned (performance.now(), ms). */
  spawnedAt: number;
  /** Peak resident memory so far (VmHWM), in MB. */
  peakRssMb(): number;
  /** CPU time the process has used so far (user + system), in seconds. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

/** Starts `serve.ts` on the server core and waits for its "ready <port>" line (a minute at most). */
export function spawnServer(request: ServeRequest): Promise<ServerProcess> {
  return startProcess(
    [
      process.execPath,
      '--conditions=@parley/source',
      '--import',
      'tsx',
      serveScript,
      JSON.stringify(request),
    ],
    { NODE_ENV: 'production' },
    /ready (\d+)/,
  );
}

/**
 * Starts Parley's production API as `npm start` runs it (the built apps/api/dist/server.mjs, an executable
 * carrying its node flags) on the server core, over a PGlite folder or a PostgreSQL database, with its
 * default config (response cache on) unless `env` changes it.
 */
export function spawnProductionApi(
  store: { dataDir: string } | { databaseUrl: string },
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  return startProcess(
    [apiServer],
    {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: '0',
      PARLEY_STORE: 'db',
      PARLEY_AUTH_SECRET: benchAuthSecret,
      ...('dataDir' in store ? { PARLEY_DATA_DIR: store.dataDir } : { DATABASE_URL: store.databaseUrl }),
      ...env,
    },
    /127\.0\.0\.1:(\d+)\/graphql/,
  );
}

/** Runs `argv` on the server core and waits (a minute at most) for a line whose first group is its port. */
async function startProcess(
  argv: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<ServerProcess> {
  const command = [...serverPrefix(), ...argv];
  const spawnedAt = performance.now();
  const child = spawn(command[0] as string, command.slice(1), {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${stderr}`)), 60_000);
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const match = ready.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready:\n${stderr}`));
    });
  });
  const pid = child.pid as number;
  let stopping = false;
  // A server dying under load shows only as refused connections: say why it died.
  child.once('exit', (code, signal) => {
    if (!stopping)
      progress(`server ${pid} (${argv.at(-1)?.slice(0, 60)}) exited (${code ?? signal}):\n${stderr}`);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid,
    spawnedAt,
    peakRssMb() {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
      return Math.round(kb / 1024);
    },
    cpuSeconds() {
      // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name) are user and system ticks.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    },
    async stop() {
      stopping = true;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(timer);
    },
  };
}

/** Seconds from the server's spawn to its first 200 from /readyz (polled every 5 ms, 30 s at most). */
export async function secondsToReady(server: ServerProcess): Promise<number> {
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    try {
      const response = await fetch(`${server.url}/readyz`);
      await response.arrayBuffer();
      if (response.status === 200) return (performance.now() - server.spawnedAt) / 1000;
    } catch {
      // not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`${server.url}/readyz did not answer 200 within 30 s`);
}
