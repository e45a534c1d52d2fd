import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { rowsOf } from './rows.ts';

/**
 * Reads one value: `part` is a query yielding one row of one column (a record list as JSON, a count…),
 * answered as the driver parses it (json parsed, int4 a number).
 */
export type Read = <T>(part: SQL) => Promise<T>;

/** Reads one statement may carry: enough for every call of a page's level, and of a few pages at once. */
export const partsPerStatement = 64;

/** The parts as the columns of one statement: `select (<part 0>) as "0", (<part 1>) as "1", …`. */
const statementOf = (parts: readonly SQL[]) =>
  sql`select ${sql.join(
    parts.map((part, i) => sql`(${part}) as ${sql.identifier(String(i))}`),
    sql`, `,
  )}`;

async function run(db: Db, parts: readonly SQL[]): Promise<unknown[]> {
  const [row] = rowsOf<Record<string, unknown>>(await db.execute(statementOf(parts)));
  return parts.map((_, i) => row?.[String(i)]);
}

/** Reads each part in a statement of its own, at once: in a write's transaction, and for export. */
export const readNow =
  (db: Db): Read =>
  async <T>(part: SQL) =>
    (await run(db, [part]))[0] as T;

// Reads asked while `ahead` runs: they go before every read queued (an editor's, while readers wait).
let asking = 0;
// While above 0, only reads asked ahead go out; the batchers holding others wait for the release.
let holds = 0;
const stalled = new Set<() => void>();

/** How an editor's reads go first, process-wide: the API's scheduler uses it for an editor's operation. */
export const readPriority = {
  /** Runs `work`: reads it asks synchronously (before its first await) go to the head of the queue. */
  ahead<T>(work: () => T): T {
    asking += 1;
    try {
      return work();
    } finally {
      asking -= 1;
    }
  },
  /**
   * `read` as the caller asks now, for the rest of its work: a call begun ahead keeps its later reads (after an
   * await: a page's views as of a date, its lazy count) ahead too, so that they are not held behind its own hold.
   */
  keep(read: Read): Read {
    return asking > 0 ? (part) => readPriority.ahead(() => read(part)) : read;
  },
  /** Keeps other reads queued (those asked ahead still go out) until the returned function is called. */
  hold(): () => void {
    holds += 1;
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      holds -= 1;
      if (holds > 0) return;
      const resumed = [...stalled];
      stalled.clear();
      for (const resume of resumed) resume();
    };
  },
};

interface Queued {
  part: SQL;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Reads batched: every read queued in the same turn of the event loop (the DataLoader dispatches and list
 * calls of a GraphQL level, and those of other requests meanwhile) goes out as one statement, flushed on
 * `setImmediate` (after DataLoader's `process.nextTick` dispatches and the promise jobs before them). At most
 * `parts` reads per statement and `statements` statements out at once (the connections), and one more carrying
 * only reads asked ahead; the rest wait for the next flush. When a statement fails its parts run one by one,
 * so each read gets its own answer or error.
 */
export function batchedReads(db: Db, { parts, statements }: { parts: number; statements: number }): Read {
  const queue: Queued[] = [];
  // Of the queue, how many at its head were asked ahead (kept in the order they were asked).
  let inFront = 0;
  let out = 0;
  let flushing = false;
  // While reads are held, only those asked ahead (at the queue's head) may go out.
  const sendable = () => (holds > 0 ? inFront : queue.length);
  // Reads asked ahead may take one statement more: an editor's do not wait for a reader's to come back.
  const full = () => out >= statements + (inFront > 0 ? 1 : 0);
  const schedule = () => {
    if (holds > 0 && queue.length > inFront) stalled.add(schedule);
    if (flushing || sendable() === 0 || full()) return;
    flushing = true;
    setImmediate(flush);
  };
  const settle = async (batch: Queued[]) => {
    try {
      const values = await run(
        db,
        batch.map((q) => q.part),
      );
      for (const [i, q] of batch.entries()) q.resolve(values[i]);
    } catch (error) {
      const [only] = batch;
      if (batch.length === 1 && only) only.reject(error);
      // One bad read (a date cursor PostgreSQL refuses, say) must not fail another request's: each is retried
      // alone, one after the other on this statement's connection (the others stay free for writes).
      else for (const q of batch) await settle([q]);
    }
  };
  function flush() {
    flushing = false;
    while (!full() && sendable() > 0) {
      out += 1;
      // Beyond the readers' statements, only the reads asked ahead.
      const taken = Math.min(parts, out > statements ? inFront : sendable());
      inFront = Math.max(0, inFront - taken);
      void settle(queue.splice(0, taken)).finally(() => {
        out -= 1;
        schedule();
      });
    }
  }
  return <T>(part: SQL) =>
    new Promise<T>((resolve, reject) => {
      const queued = { part, resolve: resolve as (value: unknown) => void, reject };
      if (asking > 0) queue.splice(inFront++, 0, queued);
      else queue.push(queued);
      schedule();
    });
}
