import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openStore, partsPerStatement } from '@parley/db';
import { createMemoryStore, type Store } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { expect, test } from 'vitest';
import { createStoreScheduler, defaultBurst } from '../src/store-scheduler.ts';

/** A store whose every `load` takes 5 ms and is recorded in the order it finishes. */
function slowStore(finished: string[]): Store {
  const store = createMemoryStore(seedDataset);
  return {
    ...store,
    load: async (type, ids) => {
      await sleep(5);
      finished.push(String(ids[0]));
      return store.load(type, ids);
    },
  };
}

/** A store whose every `load` takes `ms` and fails for the id "missing", counting how many ran at once. */
function concurrencyCounted(ms: number) {
  let running = 0;
  let most = 0;
  const base = createMemoryStore(seedDataset);
  const store: Store = {
    ...base,
    load: async (type, ids) => {
      running += 1;
      most = Math.max(most, running);
      await sleep(ms);
      running -= 1;
      if (ids[0] === 'missing') throw new Error('no such record');
      return base.load(type, ids);
    },
  };
  return { store, most: () => most };
}

test("a request that fans out into many calls does not hold up another request's first calls", async () => {
  const finished: string[] = [];
  const store = slowStore(finished);
  const scheduler = createStoreScheduler({ slots: 1, burst: 3 });
  const heavy = scheduler.forRequest(store);
  const page = scheduler.forRequest(store);
  const fanOut = Array.from({ length: 30 }, (_, i) => heavy.load('person', [`heavy-${i}`]));
  await sleep(1);
  await Promise.all([page.load('person', ['page-0']), page.load('person', ['page-1'])]);
  // The heavy request's burst (3 calls) was queued first; the page's calls come right after it.
  expect(finished.indexOf('page-1')).toBeLessThan(6);
  await Promise.all(fanOut);
  expect(finished).toHaveLength(32);
  expect(scheduler.waiting()).toBe(0);
});

test('never more calls at once than slots, and the result or error of each call is its own', async () => {
  const { store, most } = concurrencyCounted(2);
  const scheduler = createStoreScheduler({ slots: 3, burst: 2 });
  const requests = Array.from({ length: 4 }, () => scheduler.forRequest(store));
  const calls = requests.flatMap((r) =>
    Array.from({ length: 5 }, () => r.load('person', ['person:donald-trump'])),
  );
  const failing = requests[0]?.load('person', ['missing']);
  await expect(failing).rejects.toThrow('no such record');
  const results = await Promise.all(calls);
  expect(results.every((r) => r[0]?.name === 'Donald Trump')).toBe(true);
  expect(most()).toBe(3);
});

test('calls past their burst hold one slot at most, so a heavy query proceeds one call at a time', async () => {
  const { store, most } = concurrencyCounted(5);
  const heavy = createStoreScheduler({ slots: 10, burst: 2 }).forRequest(store);
  await Promise.all(Array.from({ length: 12 }, () => heavy.load('person', ['person:donald-trump'])));
  // Its burst of two ran side by side, then the rest one at a time beside them.
  expect(most()).toBe(3);
});

test('a write waits for the calls running, never for the reads queued before it', async () => {
  const finished: string[] = [];
  const base = slowStore(finished);
  const store: Store = {
    ...base,
    commit: async () => {
      finished.push('commit');
      return [];
    },
  };
  const scheduler = createStoreScheduler({ slots: 1, burst: 50 });
  const readers = Array.from({ length: 5 }, () => scheduler.forRequest(store));
  const reads = readers.map((r, i) => r.load('person', [`read-${i}`]));
  await sleep(1);
  await scheduler.forRequest(store).commit({ actor: 'a', reason: null, puts: [] });
  await Promise.all(reads);
  // The first read held the one slot when the write came; the others waited behind the write.
  expect(finished.indexOf('commit')).toBe(1);
  expect(scheduler.waiting()).toBe(0);
});

test('the calls of several requests made in one turn reach the SQL store together: one statement', async () => {
  let statements = 0;
  const dir = mkdtempSync(join(tmpdir(), 'parley-scheduler-'));
  const store = await openStore({ dataDir: dir, onQuery: () => statements++ });
  try {
    // As open-store.ts schedules PGlite: one connection, a statement's parts at once.
    const scheduler = createStoreScheduler({ slots: partsPerStatement, burst: defaultBurst });
    const requests = Array.from({ length: 3 }, () => scheduler.forRequest(store));
    statements = 0;
    const answers = await Promise.all(
      requests.map((r) =>
        Promise.all([
          r.load('person', ['person:donald-trump']),
          r.loadBySlug('summit', ['singapore-2018']),
          r.listTopics(),
        ]),
      ),
    );
    for (const [people, summits, topics] of answers) {
      expect(people[0]?.name).toBe('Donald Trump');
      expect(summits[0]?.slug).toBe('singapore-2018');
      expect(topics.length).toBeGreaterThan(0);
    }
    expect(statements).toBe(1);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an editor's operation goes first: readers' calls wait while it runs, then proceed", async () => {
  const finished: string[] = [];
  const store = slowStore(finished);
  const scheduler = createStoreScheduler({ slots: 2, burst: 50 });
  const readers = Array.from({ length: 6 }, () => scheduler.forRequest(store));
  const reads = readers.map((r, i) => r.load('person', [`read-${i}`]));
  await sleep(1);
  const lane = { writing: false };
  const release = scheduler.hold(lane);
  const editor = scheduler.forRequest(store, lane);
  // Two calls one after the other, as an edit reads then commits: no reader slips in between.
  await editor.load('person', ['edit-0']);
  await editor.load('person', ['edit-1']);
  release();
  await Promise.all(reads);
  // The two reads that held the slots when the edit began finished first, then the edit's calls.
  expect(finished.slice(2, 4)).toEqual(['edit-0', 'edit-1']);
  expect(finished).toHaveLength(8);
});

test('readers wait for a hold no longer than its time, released or not', async () => {
  const store = createMemoryStore(seedDataset);
  const scheduler = createStoreScheduler({ slots: 1, burst: 50, writeHoldMs: 20 });
  scheduler.hold({ writing: false });
  const read = scheduler.forRequest(store).load('person', ['person:donald-trump']);
  await sleep(5);
  expect(scheduler.waiting()).toBe(1);
  const [person] = await read;
  expect(person?.name).toBe('Donald Trump');
  expect(scheduler.waiting()).toBe(0);
});

test("while readers are held an editor's call starts even when readers' running calls take every slot", async () => {
  const finished: string[] = [];
  const store = slowStore(finished);
  const scheduler = createStoreScheduler({ slots: 1, burst: 50 });
  const read = scheduler.forRequest(store).load('person', ['read']);
  await sleep(1);
  const lane = { writing: false };
  const release = scheduler.hold(lane);
  await scheduler.forRequest(store, lane).load('person', ['edit']);
  release();
  await read;
  // Both ran at once: the edit did not wait for the reader's slot.
  expect(finished).toHaveLength(2);
  expect(lane.writing).toBe(false);
});

test('editors one after another cannot keep readers waiting: a hold that runs out is followed by a rest', async () => {
  const store = createMemoryStore(seedDataset);
  const scheduler = createStoreScheduler({ slots: 1, burst: 50, writeHoldMs: 20 });
  scheduler.hold({ writing: false });
  await sleep(30);
  // The first hold ran out; the next editor comes within the rest, and holds no reader back.
  scheduler.hold({ writing: false });
  const read = scheduler.forRequest(store).load('person', ['person:donald-trump']);
  await sleep(1);
  expect(scheduler.waiting()).toBe(0);
  expect((await read)[0]?.name).toBe('Donald Trump');
});

test("readersHeld says when an editor's hold ends: at its release, or when it runs out; null without one", async () => {
  const scheduler = createStoreScheduler({ slots: 1, burst: 50, writeHoldMs: 20 });
  expect(scheduler.readersHeld()).toBeNull();
  const release = scheduler.hold({ writing: false });
  let ended = false;
  void scheduler.readersHeld()?.then(() => (ended = true));
  await sleep(1);
  expect(ended).toBe(false);
  release();
  await sleep(0);
  expect(ended).toBe(true);
  expect(scheduler.readersHeld()).toBeNull();
  const later = createStoreScheduler({ slots: 1, burst: 50, writeHoldMs: 20 });
  later.hold({ writing: false });
  const ranOut = performance.now();
  await later.readersHeld();
  expect(performance.now() - ranOut).toBeGreaterThanOrEqual(15);
});
