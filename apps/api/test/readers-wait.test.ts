import { setTimeout as sleep } from 'node:timers/promises';
import { createSchema, createYoga } from 'graphql-yoga';
import { expect, test } from 'vitest';
import { useBodyLimit } from '../src/plugins/body-limit.ts';
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
    // As in yoga.ts: the body limit after, replacing a streamed request with one read in full.
    plugins: [useReadersWait(turns), useBodyLimit(10_000)],
  });
  const send = (n: number, headers: Record<string, string> = {}) =>
    post(yoga as never, 'query ($n: Int!) { slow(n: $n) }', { n }, headers);
  return Object.assign(send, { yoga });
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

test('a streamed request (no Content-Length, replaced by the body limit) gives its turn back too', async () => {
  const send = server({ concurrent: 1, held: () => null }, []);
  const body = new TextEncoder().encode(JSON.stringify({ query: '{ slow(n: 1) }' }));
  const streamed = await send.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: new ReadableStream({
      start(controller) {
        controller.enqueue(body);
        controller.close();
      },
    }),
    duplex: 'half',
  } as RequestInit);
  expect(await streamed.json()).toEqual({ data: { slow: 1 } });
  const answered = await Promise.race([send(2), sleep(2000).then(() => 'stuck')]);
  expect(answered).not.toBe('stuck');
});

test('over HTTP, a reader whose client goes away gives its turn back', async () => {
  const { createServer } = await import('node:http');
  const send = server({ concurrent: 1, held: () => null }, []);
  const http = createServer(send.yoga);
  await new Promise<void>((listening) => http.listen(0, '127.0.0.1', listening));
  const { port } = http.address() as { port: number };
  const ask = (n: number, signal?: AbortSignal) =>
    fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ slow(n: ${n}) }` }),
      ...(signal ? { signal } : {}),
    });
  try {
    await expect(ask(1, AbortSignal.timeout(5))).rejects.toThrow();
    const answered = await Promise.race([ask(2).then((r) => r.json()), sleep(2000).then(() => 'stuck')]);
    expect(answered).toEqual({ data: { slow: 2 } });
  } finally {
    http.close();
  }
});

test('a client sending its body slowly holds no turn: the turn is taken once the parameters are in', async () => {
  const { createServer, request } = await import('node:http');
  const send = server({ concurrent: 1, held: () => null }, []);
  const http = createServer(send.yoga);
  await new Promise<void>((listening) => http.listen(0, '127.0.0.1', listening));
  const { port } = http.address() as { port: number };
  const body = JSON.stringify({ query: '{ slow(n: 1) }' });
  const slow = request({
    host: '127.0.0.1',
    port,
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
  });
  slow.on('error', () => {});
  slow.write(body.slice(0, 5));
  try {
    await sleep(20);
    const answered = await Promise.race([send(2).then((r) => r.body), sleep(2000).then(() => 'stuck')]);
    expect(answered).toEqual({ data: { slow: 2 } });
  } finally {
    slow.destroy();
    http.close();
  }
});

test('past `maxWaiting` readers waiting, a reader is answered 503 SERVER_BUSY at once', async () => {
  const send = server({ concurrent: 1, held: () => null, maxWaiting: 1 }, []);
  const [first, second, third] = await Promise.all([send(1), send(2), send(3)]);
  expect([first.body.data?.slow, second.body.data?.slow]).toEqual([1, 2]);
  expect(third.status).toBe(503);
  expect(third.body.errors?.[0]?.extensions?.code).toBe('SERVER_BUSY');
});
