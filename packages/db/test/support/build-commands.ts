import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Vitest's global setup: the commands are tested as users run them, built; rebuilt when a source changed. */
export default function setup() {
  const build = spawnSync(process.execPath, ['build.mjs', '--if-stale'], {
    cwd: join(dirname(fileURLToPath(import.meta.url)), '../..'),
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('building the db and ingest commands failed (node build.mjs)');
}
