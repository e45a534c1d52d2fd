import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Starts a script as `npm run` would (no npm in between, so the pid is the script's): a built command with plain
 * node, a test's TypeScript helper through tsx; stdin is a pipe when `piped` (its end is the caller's).
 */
export function startScript(
  script: string,
  args: string[],
  env: Record<string, string> = {},
  piped = false,
): ChildProcess {
  const runner = script.endsWith('.ts') ? ['--conditions=@parley/source', '--import', 'tsx'] : [];
  return spawn(process.execPath, [...runner, script, ...args], {
    cwd: packageDir,
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: [piped ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
}

/** Starts `npm run db -- …`. */
export const startCli = (args: string[], env?: Record<string, string>, piped?: boolean) =>
  startScript('dist/cli.mjs', args, env, piped);

/** Runs one of the package's scripts to its end, `input` piped to its stdin; its exit code and output. */
export function runScript(script: string, args: string[], env?: Record<string, string>, input?: string) {
  const child = startScript(script, args, env, input !== undefined);
  child.stdin?.end(input);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

/** Runs `npm run db -- …` to its end, `input` piped to its stdin; its exit code and output. */
export const runCli = (args: string[], env?: Record<string, string>, input?: string) =>
  runScript('dist/cli.mjs', args, env, input);
