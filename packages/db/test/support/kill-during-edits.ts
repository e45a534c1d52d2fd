import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RecordOf } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { asc, inArray, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Client } from '../../src/client.ts';
import { type OpenStoreOptions, openClient } from '../../src/open-store.ts';
import { revisions } from '../../src/schema/index.ts';
import { createSqlStore } from '../../src/store/sql-store.ts';
import { startScript } from './cli.ts';
import { revisionMismatches } from './revision-consistency.ts';

// The seed writes each record's first revision; the edit loop's first child seeds the database.
const SEEDED = 1;
const edited = seedDataset.statements.slice(0, 3).map((s) => s.id);
// The name the edit loop's PostgreSQL connections carry (node-postgres reads PGAPPNAME).
const CHILD_NAME = 'parley-edit-loop';

/** A started edit loop, and its end: whether SIGKILL ended it, and what it said on stderr. */
interface EditLoop {
  child: ChildProcess;
  ended: Promise<{ killed: boolean; stderr: string }>;
}

/** Starts the edit loop: it loads its modules, then waits for a line on its stdin to open the store. */
function startEditLoop(options: OpenStoreOptions): EditLoop {
  const args = [JSON.stringify(options), ...edited];
  const child = startScript('test/support/edit-loop.ts', args, { PGAPPNAME: CHILD_NAME }, true);
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const ended = new Promise<{ killed: boolean; stderr: string }>((resolve) =>
    child.on('close', (_code, signal) => resolve({ killed: signal === 'SIGKILL', stderr })),
  );
  return { child, ended };
}

/**
 * Lets a started edit loop go, and kills it with SIGKILL after a random few commits, at a random moment of the
 * writes of the next one; resolves with the last revision it printed as committed, by id.
 */
async function editThenKill({ child, ended }: EditLoop): Promise<Map<string, number>> {
  child.stdin?.write('go\n');
  const printed = new Map<string, number>();
  const killAfter = 2 + Math.floor(Math.random() * 5);
  let lines = 0;
  let firstLine = 0;
  let pending = '';
  child.stdout?.on('data', (d: Buffer) => {
    const [last = '', ...complete] = `${pending}${d}`.split('\n').reverse();
    pending = last;
    for (const line of complete.reverse()) {
      const [id = '', revision = ''] = line.split(' ');
      printed.set(id, Number(revision));
      // Each commit takes about the time between the lines so far, and reads for its first third or so (lock,
      // revision check, validation): the kill falls anywhere in the rest, among its writes and its COMMIT.
      if (++lines === 1) firstLine = performance.now();
      const commitTime = (performance.now() - firstLine) / (lines - 1);
      const delay = ((1 + 2 * Math.random()) / 3) * commitTime;
      if (lines === killAfter) setTimeout(() => child.kill('SIGKILL'), delay);
    }
  });
  const { killed, stderr } = await ended;
  if (!killed) throw new Error(`the edit loop ended before it could be killed: ${stderr}`);
  return printed;
}

/**
 * Waits until PostgreSQL has no connection of the killed child left: a commit it sent before dying may still be
 * running there. (PGlite died with the child.)
 */
async function childGone(client: Client): Promise<void> {
  if (client.driver !== 'postgres') return;
  for (;;) {
    const result = await client.db.execute(sql`select count(*)::int as n from pg_stat_activity
      where application_name = ${CHILD_NAME} and datname = current_database()`);
    if ((result as unknown as { rows: { n: number }[] }).rows[0]?.n === 0) return;
    await sleep(20);
  }
}

/** What the database holds after a kill: every record with its revisions, nothing committed lost, nothing more. */
async function checkAfterKill(client: Client, printed: ReadonlyMap<string, number>): Promise<void> {
  expect(await revisionMismatches(client.db)).toEqual([]);
  const store = createSqlStore(client);
  const stored = await store.revisions(edited);
  const unprinted = edited.map((id, i) => (stored[i] ?? 0) - (printed.get(id) ?? SEEDED));
  expect(Math.min(...unprinted), 'a commit the child printed is lost').toBeGreaterThanOrEqual(0);
  // The kill can fall between a commit and its line: one commit at most.
  expect(
    unprinted.reduce((a, b) => a + b, 0),
    'commits the child never made',
  ).toBeLessThanOrEqual(1);
  const rows = await client.db
    .select({ recordId: revisions.recordId, before: revisions.before, after: revisions.after })
    .from(revisions)
    .where(inArray(revisions.recordId, edited))
    .orderBy(asc(revisions.recordId), asc(revisions.revision));
  // Each revision starts from where the one before it left the record.
  for (const [i, row] of rows.entries()) {
    const previous = rows[i - 1]?.recordId === row.recordId ? rows[i - 1]?.after : null;
    expect(row.before).toEqual(previous);
  }
  const latest = new Map(rows.map((row) => [row.recordId, row.after]));
  const records = (await store.load('statement', edited)) as RecordOf<'statement'>[];
  expect(records).toEqual(edited.map((id) => latest.get(id)));
}

/**
 * Kills a child committing single-record edits of a few statements `kills` times, each at a random moment, and
 * after each kill reopens the store and checks it; the printed revisions carry over from one child to the next.
 * Each child loads its modules while the one before it runs: most of a child's start costs no time.
 */
export async function killDuringEdits(options: OpenStoreOptions, kills: number): Promise<void> {
  const printed = new Map<string, number>();
  let next = startEditLoop(options);
  try {
    for (let k = 0; k < kills; k++) {
      const child = next;
      if (k + 1 < kills) next = startEditLoop(options);
      for (const [id, revision] of await editThenKill(child)) printed.set(id, revision);
      const client = await openClient({ ...options, seed: false });
      try {
        await childGone(client);
        await checkAfterKill(client, printed);
      } finally {
        await client.close();
      }
    }
  } finally {
    next.child.kill('SIGKILL');
  }
}
