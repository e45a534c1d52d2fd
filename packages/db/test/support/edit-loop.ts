// A child process for the crash tests: edits statements until it is killed, one commit after another.
// Usage: edit-loop.ts <OpenStoreOptions as JSON> <statement id>…; starts on a line on stdin (its modules loaded
// while another child runs), then prints "<id> <revision>" once each commit returns.
import type { RecordOf } from '@parley/domain';
import { openStore } from '../../src/open-store.ts';

const [options, ...ids] = process.argv.slice(2);
if (!options || ids.length === 0)
  throw new Error('usage: edit-loop.ts <OpenStoreOptions as JSON> <statement id>…');
await new Promise((go) => process.stdin.once('data', go));
// Seeds the database when it is empty: the first child of a test starts from nothing.
const store = await openStore(JSON.parse(options));
// Read once: from then on each commit names the revision the one before it returned, so the loop only commits.
const records = (await store.load('statement', ids)) as RecordOf<'statement'>[];
const read = await store.revisions(ids);
for (let n = 0; ; n++) {
  const i = n % ids.length;
  const record = { ...(records[i] as RecordOf<'statement'>), paraphrase: `Edit ${n} by ${process.pid}.` };
  const [written] = await store.commit({
    actor: 'account:crash-test',
    reason: `edit ${n}`,
    puts: [{ record: { type: 'statement', record }, expectedRevision: read[i] as number }],
  });
  read[i] = written?.revision as number;
  process.stdout.write(`${ids[i]} ${read[i]}\n`);
}
