import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type FollowChangesOptions, followChanges } from './follow-changes.ts';

/** How the stand-in API answers a subscription. */
type Mode = 'feed' | 'unavailable' | 'silent' | 'pinging';

/** A stand-in for the API's `/graphql` over server-sent events, as GraphQL Yoga answers it. */
function fakeApi() {
  let mode: Mode = 'feed';
  let server: Server | null = null;
  let port = 0;
  const open = new Set<ServerResponse>();
  const asked: { accept: string | undefined; body: string }[] = [];
  const answer = (request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      asked.push({ accept: request.headers.accept, body });
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      // Yoga's first keep-alive, then nothing: a connection lost without a word.
      if (mode === 'silent') return response.write(':\n\n');
      if (mode === 'pinging') {
        const ping = setInterval(() => response.write(':\n\n'), 40);
        response.on('close', () => clearInterval(ping));
      }
      response.write(':\n\n');
      if (mode === 'unavailable') {
        response.write(
          'event: next\ndata: {"errors":[{"message":"Live updates are unavailable for now"}]}\n\n',
        );
        return response.end('event: complete\ndata:\n\n');
      }
      open.add(response);
      response.on('close', () => open.delete(response));
    });
  };
  const api = {
    asked,
    open,
    url: () => `http://127.0.0.1:${port}/graphql`,
    setMode: (next: Mode) => {
      mode = next;
    },
    /** A change, as the API tells each subscriber, of a record shown on the pages of `summitIds`. */
    change: (summitIds: string[] = []) => {
      const data = JSON.stringify({ data: { recordChanged: { id: 'x', summitIds } } });
      for (const response of open) response.write(`event: next\ndata: ${data}\n\n`);
    },
    start: () =>
      new Promise<void>((resolve) => {
        const created = createServer(answer);
        server = created;
        created.listen(port, '127.0.0.1', () => {
          port = (created.address() as AddressInfo).port;
          resolve();
        });
      }),
    /** Stops as a killed process would: every connection dropped at once. */
    stop: () =>
      new Promise<void>((resolve) => {
        for (const response of open) response.destroy();
        server?.closeAllConnections();
        server?.close(() => resolve());
      }),
  };
  return api;
}

const until = async (what: string, done: () => boolean, ms = 3_000) => {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const retryMs = 60;
const settleMs = 300;
let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

/**
 * A stand-in API and a listener on it, counting purges and writing down what it tells the pages' readers; both
 * stopped after the test.
 */
async function listening(mode: Mode, silenceMs = 5_000, options: Partial<FollowChangesOptions> = {}) {
  const api = fakeApi();
  api.setMode(mode);
  await api.start();
  const purges = { count: 0 };
  const log: string[] = [];
  const told: string[] = [];
  const feed = followChanges({
    apiUrl: api.url,
    purge: () => {
      purges.count += 1;
    },
    retryMs,
    settleMs,
    silenceMs,
    log: (line) => log.push(line),
    readers: {
      changed: (summitIds) => told.push(`changed ${summitIds.join(' ')}`),
      resumed: () => told.push('resumed'),
      paused: () => told.push('paused'),
    },
    ...options,
  });
  cleanup.push(api.stop, async () => feed.stop());
  return { api, purges, log, told };
}

describe('following the API’s changes', () => {
  it('subscribes to recordChanged over server-sent events, and purges then, on each change and once after', async () => {
    const { api, purges } = await listening('feed');
    await until('a subscription', () => api.open.size === 1);
    expect(api.asked[0]?.accept).toBe('text/event-stream');
    expect(JSON.parse(api.asked[0]?.body ?? '{}').query).toContain('recordChanged');
    // Whatever changed before it listened is purged at once.
    await until('the purge on subscribing', () => purges.count >= 1);
    await pause(settleMs + 3 * retryMs);
    const quiet = purges.count;
    await pause(3 * retryMs);
    expect(purges.count, 'no purge while nothing changes').toBe(quiet);

    api.change();
    await until('the purge of the change', () => purges.count === quiet + 1, settleMs - 50);
    await until('the purge after a render in flight could have finished', () => purges.count === quiet + 2);
    await pause(3 * retryMs);
    expect(purges.count).toBe(quiet + 2);
  });

  it('purges every retry period while the API refuses subscriptions, and stops once it keeps one', async () => {
    const { api, purges, log } = await listening('unavailable');
    await until('a few refusals', () => api.asked.length >= 3);
    const before = purges.count;
    await pause(5 * retryMs);
    expect(purges.count - before).toBeGreaterThanOrEqual(3);
    expect(log.filter((line) => line.includes('Live updates are unavailable'))).toHaveLength(1);

    api.setMode('feed');
    await until('a subscription', () => api.open.size === 1);
    await pause(settleMs + 2 * retryMs);
    const kept = purges.count;
    await pause(4 * retryMs);
    expect(purges.count).toBe(kept);
    expect(log.at(-1)).toBe('change feed: listening');
  });

  it('purges while the API is away and subscribes again when it is back on its address', async () => {
    const { api, purges } = await listening('feed');
    await until('a subscription', () => api.open.size === 1);
    await api.stop();
    const down = purges.count;
    await pause(5 * retryMs);
    expect(purges.count - down).toBeGreaterThanOrEqual(3);

    await api.start();
    await until('a subscription again', () => api.open.size === 1);
    await pause(settleMs + 2 * retryMs);
    const back = purges.count;
    api.change();
    await until('the purge of a change after the restart', () => purges.count > back);
  });

  it('takes a stream silent for too long for dead and subscribes again', async () => {
    const { api, purges } = await listening('silent', 200);
    await until('a second subscription after the silence', () => api.asked.length >= 2);
    expect(purges.count).toBeGreaterThanOrEqual(2);
  });

  it('keeps a stream whose keep-alives come more often than the silence it allows', async () => {
    const { api } = await listening('pinging', 200);
    await until('a subscription', () => api.open.size === 1);
    await pause(800);
    expect(api.asked).toHaveLength(1);
  });

  it("tells the pages' readers of changes once, with their summits, only once the settling purge after them is done", async () => {
    // Purges that end when the test says.
    const purging: (() => void)[] = [];
    const purged = () => {
      for (const done of purging.splice(0)) done();
    };
    const { api, told } = await listening('feed', 5_000, {
      purge: () => new Promise<void>((resolve) => purging.push(resolve)),
    });
    await until('a subscription', () => api.open.size === 1);
    await pause(settleMs + 2 * retryMs);
    purged();
    api.change(['SGFub2k', 'U2luZ2Fwb3Jl']);
    api.change(['U2luZ2Fwb3Jl', 'VGhhaWxhbmQ']);
    await until('the purges of the changes', () => purging.length === 2);
    purged();
    await until('the settling purge', () => purging.length === 1, 2 * settleMs);
    await pause(2 * retryMs);
    const changedLines = () => told.filter((line) => line.startsWith('changed'));
    expect(changedLines(), 'told before the settling purge was done').toEqual([]);
    purged();
    await until('the readers told', () => changedLines().length === 1);
    expect(changedLines()).toEqual(['changed SGFub2k U2luZ2Fwb3Jl VGhhaWxhbmQ']);
    await pause(settleMs + 2 * retryMs);
    expect(changedLines(), 'told once for both changes').toHaveLength(1);
  });

  it("tells the pages' readers once that updates paused while the feed is away, and all changed once back", async () => {
    const { api, told } = await listening('feed');
    await until('a subscription', () => api.open.size === 1);
    await pause(2 * retryMs);
    told.length = 0;
    await api.stop();
    api.setMode('unavailable');
    await api.start();
    await until('a few refusals', () => api.asked.length >= 4);
    expect(new Set(told), 'paused, never back while the API refuses').toEqual(new Set(['paused']));
    api.setMode('feed');
    await until('the feed back', () => told.at(-1) === 'resumed');
    expect(told.filter((line) => line === 'resumed')).toHaveLength(1);
    api.change(['SGFub2k']);
    await until('the change told', () => told.at(-1) === 'changed SGFub2k');
  });
});
