import { setTimeout as sleep } from 'node:timers/promises';
import { createSchema, createYoga } from 'graphql-yoga';
import { expect, test } from 'vitest';
import { useReadersWait } from '../src/plugins/readers-wait.ts';
import { post } from './yoga.ts';

/** A server whose one field takes 20 ms, noting when each request's resolver starts and ends (by its `n`). */
function server(turns: Parameters<typeof useReadersWait>[0], events: string[]) {
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { slow(n: Int!): Int }',
      resolvers: {
        Query: {
          slow: async (_: unknown, { n }: { n: number }) => {
            events.push(`start ${n}`);
            await sleep(20);
            events.push(`end ${n}`);
            return n;
          },
        },
      },
    }),
    logging: false,
    plugins: [useReadersWait(turns)],
  });
  return (n: number, headers: Record<string, string> = {}) =>
    post(yoga as never, 'query ($n: Int!) { slow(n: $n) }', { n }, headers);
}

test('readers beyond `concurrent` wait their turn, in arrival order; a request with credentials goes straight in', async () => {
  const events: string[] = [];
  const send = server({ concurrent: 1, held: () => null }, events);
  const answers = await Promise.all([
    send(1),
    send(2),
    send(3),
    sleep(5).then(() => send(4, { authorization: 'Bearer x' })),
  ]);
  expect(answers.map((a) => a.body.data?.slow)).toEqual([1, 2, 3, 4]);
  expect(events.filter((e) => !e.endsWith(' 4'))).toEqual([
    'start 1',
    'end 1',
    'start 2',
    'end 2',
    'start 3',
    'end 3',
  ]);
  // The editor's started while the first reader's was running.
  expect(events.indexOf('start 4')).toBeLessThan(events.indexOf('end 1'));
});

test("a reader waits at the door while an editor's hold lasts", async () => {
  const events: string[] = [];
  let endHold = () => {};
  let hold: Promise<void> | null = new Promise((resolve) => (endHold = resolve));
  const send = server({ concurrent: 10, held: () => hold }, events);
  const answer = send(1);
  await sleep(30);
  expect(events).toEqual([]);
  hold = null;
  endHold();
  expect((await answer).body.data?.slow).toBe(1);
  expect(events).toEqual(['start 1', 'end 1']);
});

test('a request answered with an error gives its turn back', async () => {
  const events: string[] = [];
  const send = server({ concurrent: 1, held: () => null }, events);
  // JSON has no NaN: the variable arrives as null, and Yoga refuses it (HTTP 400).
  const broken = await send(Number.NaN);
  expect(broken.status).toBe(400);
  expect(broken.body.errors).toBeDefined();
  const answered = await Promise.race([send(2), sleep(2000).then(() => 'stuck')]);
  expect(answered).not.toBe('stuck');
});
