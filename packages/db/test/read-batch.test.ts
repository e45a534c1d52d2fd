import { setTimeout as sleep } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeEach, expect, test } from 'vitest';
import type { Db } from '../src/client.ts';
import { batchedReads, readPriority } from '../src/store/read-batch.ts';

// An in-memory PGlite, every statement it is sent counted.
let statements = 0;
const client = await PGlite.create();
const db = drizzle({ client, logger: { logQuery: () => statements++ } }) as unknown as Db;
afterAll(() => client.close());
beforeEach(() => {
  statements = 0;
});

const number = (n: number) => sql`select ${n}::int`;

test('reads queued in one turn go out as one statement, each answered with its own value', async () => {
  const read = batchedReads(db, { parts: 64, statements: 1 });
  const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => read<number>(number(i))));
  expect(answers).toEqual(Array.from({ length: 20 }, (_, i) => i));
  expect(statements).toBe(1);
});

test('reads queued on process.nextTick after promise jobs (as DataLoader dispatches) join the statement', async () => {
  const read = batchedReads(db, { parts: 64, statements: 1 });
  const first = read<number>(number(1));
  const later = Promise.resolve().then(
    () => new Promise<number>((done) => process.nextTick(() => done(read<number>(number(2))))),
  );
  expect(await Promise.all([first, later])).toEqual([1, 2]);
  expect(statements).toBe(1);
});

test('a statement carries at most `parts` reads; the others go in the next', async () => {
  const read = batchedReads(db, { parts: 4, statements: 1 });
  const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => read<number>(number(i))));
  expect(answers).toEqual(Array.from({ length: 10 }, (_, i) => i));
  expect(statements).toBe(3);
});

test('reads asked ahead (an editor’s) go in the first statement out, before the reads queued', async () => {
  const read = batchedReads(db, { parts: 4, statements: 1 });
  const order: string[] = [];
  const tagged = (tag: string, n: number) => read<number>(number(n)).then(() => order.push(tag));
  const queued = Array.from({ length: 8 }, (_, i) => tagged(`reader ${i}`, i));
  const first = readPriority.ahead(() => tagged('editor 1', 100));
  const second = readPriority.ahead(() => tagged('editor 2', 101));
  await Promise.all([...queued, first, second]);
  // The editor's two reads, in the order asked, then the readers', four to a statement.
  expect(order.slice(0, 2)).toEqual(['editor 1', 'editor 2']);
  expect(order.slice(2)).toEqual(Array.from({ length: 8 }, (_, i) => `reader ${i}`));
  expect(statements).toBe(3);
});

test('while reads are held only those asked ahead go out; the others follow the release', async () => {
  const read = batchedReads(db, { parts: 64, statements: 1 });
  const order: string[] = [];
  const release = readPriority.hold();
  const reader = read<number>(number(1)).then(() => order.push('reader'));
  await sleep(20);
  expect(statements).toBe(0);
  await readPriority.ahead(() => read<number>(number(2))).then(() => order.push('editor'));
  expect(statements).toBe(1);
  release();
  await reader;
  expect(order).toEqual(['editor', 'reader']);
  expect(statements).toBe(2);
});

test('a call begun ahead keeps its reads after an await ahead too, held or not', async () => {
  const read = batchedReads(db, { parts: 64, statements: 1 });
  const release = readPriority.hold();
  const kept = readPriority.ahead(() => readPriority.keep(read));
  const first = await kept<number>(number(1));
  // Asked after an await, outside `ahead`: it still goes out while readers are held.
  const second = await kept<number>(number(2));
  release();
  expect([first, second]).toEqual([1, 2]);
  expect(statements).toBe(2);
});

test('a read that fails fails its caller only: the others are answered', async () => {
  const read = batchedReads(db, { parts: 64, statements: 1 });
  const reads = [read<number>(number(1)), read<number>(sql`select 1 / 0`), read<number>(number(3))];
  const [one, bad, three] = await Promise.allSettled(reads);
  expect(one).toEqual({ status: 'fulfilled', value: 1 });
  expect(bad).toMatchObject({ status: 'rejected', reason: { cause: { message: 'division by zero' } } });
  expect(three).toEqual({ status: 'fulfilled', value: 3 });
  // The statement of three failed, then each read ran alone.
  expect(statements).toBe(4);
});

test('never more statements out at once than `statements`', async () => {
  let out = 0;
  let most = 0;
  // A database whose every statement takes 5 ms and answers 1 for every part.
  const slow = {
    execute: async () => {
      out += 1;
      most = Math.max(most, out);
      await sleep(5);
      out -= 1;
      return { rows: [Object.fromEntries(Array.from({ length: 2 }, (_, i) => [String(i), 1]))] };
    },
  } as unknown as Db;
  const read = batchedReads(slow, { parts: 2, statements: 3 });
  const answers = await Promise.all(Array.from({ length: 20 }, () => read<number>(number(1))));
  expect(answers.every((n) => n === 1)).toBe(true);
  expect(most).toBe(3);
});

test('reads asked ahead do not wait for the statements out: they take one more, and only they', async () => {
  let sent = 0;
  // A database whose every statement takes 30 ms.
  const slow = {
    execute: async () => {
      sent += 1;
      await sleep(30);
      return { rows: [{ 0: 'done', 1: 'done' }] };
    },
  } as unknown as Db;
  const read = batchedReads(slow, { parts: 64, statements: 1 });
  const order: string[] = [];
  const reader = read<string>(number(1)).then(() => order.push('reader'));
  await sleep(5);
  const editor = readPriority.ahead(() => read<string>(number(2))).then(() => order.push('editor'));
  const later = read<string>(number(3)).then(() => order.push('later reader'));
  await sleep(5);
  // The editor's read is out beside the reader's; the later reader waits for a statement to come back.
  expect(sent).toBe(2);
  await Promise.all([reader, editor, later]);
  expect(order).toEqual(['reader', 'editor', 'later reader']);
  expect(sent).toBe(3);
});
