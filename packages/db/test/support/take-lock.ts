// A process racing for a data folder's lock (test/data-dir.test.ts): prints "ready", reads the instant to try
// at from stdin, tries, prints "held" or "refused", holds the lock 300 ms and releases it.
import { once } from 'node:events';
import { DataDirError, lockDataDir } from '../../src/data-dir.ts';

const [dataDir] = process.argv.slice(2);
process.stdout.write('ready\n');
const [chunk] = await once(process.stdin, 'data');
const at = Number(String(chunk));
await new Promise((resolve) => setTimeout(resolve, at - Date.now() - 20));
// Spin the last milliseconds: every racer must try in the same millisecond.
while (Date.now() < at) {}
try {
  const release = lockDataDir(dataDir as string);
  process.stdout.write('held\n');
  await new Promise((resolve) => setTimeout(resolve, 300));
  release();
} catch (error) {
  if (!(error instanceof DataDirError)) throw error;
  process.stdout.write('refused\n');
}
process.exit(0);
