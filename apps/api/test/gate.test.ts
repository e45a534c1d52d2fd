import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from 'vitest';
import { createGate } from '../src/operation/gate.ts';

test('a gate admits `open` at once, queues `queue` more in order and refuses the rest', async () => {
  const gate = createGate(1, 2);
  const first = await gate.enter();
  const order: number[] = [];
  const queued = [1, 2].map(async (n) => {
    const leave = await gate.enter();
    order.push(n);
    return leave;
  });
  expect(await gate.enter()).toBeNull();
  first?.();
  (await queued[0])?.();
  (await queued[1])?.();
  expect(order).toEqual([1, 2]);
  // All have left: the gate is open again.
  expect(await gate.enter()).not.toBeNull();
});

test('after a holder leaves, its place rests `rest` times as long as it was held', async () => {
  const gate = createGate(1, 1, 1);
  const leave = await gate.enter();
  await sleep(60);
  leave?.();
  const left = performance.now();
  (await gate.enter())?.();
  // Held ~60 ms, so the next enters ~60 ms after (timers may fire a little early, never much).
  expect(performance.now() - left).toBeGreaterThanOrEqual(50);
  // Without rest the place is handed over at once.
  const eager = createGate(1, 1);
  const held = await eager.enter();
  await sleep(60);
  held?.();
  const handed = performance.now();
  await eager.enter();
  expect(performance.now() - handed).toBeLessThan(30);
});
