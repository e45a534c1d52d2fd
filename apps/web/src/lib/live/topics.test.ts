import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { joinTopic } from './topics.ts';
import type { LiveSignal } from './upstream.ts';

/** A stand-in for the API's /graphql over server-sent events, as GraphQL Yoga answers a subscription. */
const open = new Set<ServerResponse>();
let subscriptions = 0;
let refuse = false;
const api = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    subscriptions += 1;
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    response.write(':\n\n');
    if (refuse) {
      response.write(
        'event: next\ndata: {"errors":[{"message":"Live updates are unavailable for now"}]}\n\n',
      );
      return response.end('event: complete\ndata:\n\n');
    }
    open.add(response);
    response.on('close', () => open.delete(response));
  });
});
const change = () => {
  for (const response of open)
    response.write('event: next\ndata: {"data":{"recordChanged":{"revision":2}}}\n\n');
};

beforeAll(async () => {
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  process.env.PARLEY_API_URL = `http://127.0.0.1:${(api.address() as AddressInfo).port}/graphql`;
});
afterAll(() => {
  api.closeAllConnections();
  api.close();
});

const operation = { query: 'subscription { recordChanged { revision } }' };

describe('live topics', () => {
  test('readers of one topic share one subscription to the API, closed after the last leaves', async () => {
    const heard: LiveSignal[][] = [[], [], []];
    const leaves = heard.map((signals) => joinTopic('home', operation, (s) => signals.push(s)));
    await expect.poll(() => open.size).toBe(1);
    expect(subscriptions).toBe(1);
    change();
    await expect
      .poll(() => heard.map((signals) => signals.join()))
      .toEqual(['changed', 'changed', 'changed']);
    leaves[0]?.();
    leaves[1]?.();
    expect(open.size).toBe(1);
    leaves[2]?.();
    await expect.poll(() => open.size).toBe(0);
  });

  test('an interrupted subscription tells readers it paused, then changed once it listens again', async () => {
    const heard: LiveSignal[] = [];
    const leave = joinTopic('summit:x', operation, (s) => heard.push(s));
    await expect.poll(() => open.size).toBe(1);
    refuse = true;
    const before = subscriptions;
    for (const response of open) response.end('event: next\ndata: {"errors":[{"message":"stopped"}]}\n\n');
    await expect.poll(() => heard).toEqual(['paused']);
    // Subscribing again a second later is refused too: still paused, said once.
    await expect.poll(() => subscriptions, { timeout: 3_000 }).toBe(before + 1);
    refuse = false;
    // Then two seconds later it is kept, and once it has listened for two more, whatever was missed is a change.
    await expect.poll(() => heard, { timeout: 8_000 }).toEqual(['paused', 'changed']);
    leave?.();
  }, 15_000);
});
