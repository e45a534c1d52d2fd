import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';

/** The cores the load generator and the server run on: different ones, so neither steals from the other. */
export const LOAD_CORE = 0;
export const SERVER_CORE = 1;

/** Pins this process (every thread of it) to the load generator's core; says so when it cannot. */
export function pinSelf(): string {
  if (cpus().length < 2) return `only ${cpus().length} core: load generator and server share it`;
  try {
    execFileSync('taskset', ['-a', '-p', '-c', String(LOAD_CORE), String(process.pid)], { stdio: 'ignore' });
    return `load generator on core ${LOAD_CORE}, server on core ${SERVER_CORE}`;
  } catch {
    return 'taskset is missing (apt-get install util-linux): processes are not pinned';
  }
}

/** The command prefix that runs a server on its own core, empty when taskset is not there. */
export function serverPrefix(): string[] {
  try {
    execFileSync('taskset', ['-c', String(SERVER_CORE), 'true'], { stdio: 'ignore' });
    return ['taskset', '-c', String(SERVER_CORE)];
  } catch {
    return [];
  }
}

/** The machine as the run found it, for the report. */
export function machine() {
  const [one, five, fifteen] = loadavg();
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    loadAverage: [one, five, fifteen].map((x) => Math.round((x ?? 0) * 100) / 100),
  };
}
