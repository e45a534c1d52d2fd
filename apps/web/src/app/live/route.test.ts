import { describe, expect, test } from 'vitest';
import { liveReaders } from '../../lib/live/live-readers.ts';
import { GET } from './route.ts';

const live = (query = '', headers: Record<string, string> = {}) =>
  GET(new Request(`http://parley.example/live${query}`, { headers }));

/** A page's EventSource on /live: the next event it reads (or "nothing" for a while), and a way to leave. */
function follow(query: string) {
  const abort = new AbortController();
  const response = GET(
    new Request(`http://parley.example/live${query}`, {
      headers: { 'sec-fetch-site': 'same-origin' },
      signal: abort.signal,
    }),
  );
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  return {
    response,
    async next() {
      pending ??= reader.read();
      const none = new Promise<'nothing'>((resolve) => setTimeout(() => resolve('nothing'), 20));
      const read = await Promise.race([pending, none]);
      if (read === 'nothing') return read;
      pending = null;
      return new TextDecoder().decode(read.value);
    },
    async leave() {
      abort.abort();
      await reader.cancel();
    },
  };
}

describe('/live', () => {
  test('refuses another site’s page, and anything but a summit’s id, before subscribing', async () => {
    const crossSite = live('', { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    expect(live('?summit=%3Cscript%3E').status).toBe(400);
    expect(live('?summit=').status).toBe(400);
    expect(liveReaders().readers()).toBe(0);
  });

  test('answers the site’s own pages with an event stream', async () => {
    const page = follow('');
    expect(page.response.status).toBe(200);
    expect(page.response.headers.get('content-type')).toBe('text/event-stream');
    expect(await page.next()).toBe(': live\n\n');
    await page.leave();
  });

  test("tells the home page every change, a summit's page its summit's, and both when updates pause", async () => {
    const [home, hanoi] = [follow(''), follow('?summit=SGFub2k')];
    for (const page of [home, hanoi]) expect(await page.next()).toBe(': live\n\n');
    expect(liveReaders().readers()).toBe(2);
    liveReaders().changed(['U2luZ2Fwb3Jl']);
    expect(await home.next()).toBe('event: changed\ndata:\n\n');
    expect(await hanoi.next()).toBe('nothing');
    liveReaders().changed(['SGFub2k']);
    for (const page of [home, hanoi]) expect(await page.next()).toBe('event: changed\ndata:\n\n');
    liveReaders().paused();
    for (const page of [home, hanoi]) expect(await page.next()).toBe('event: paused\ndata:\n\n');
    liveReaders().resumed();
    for (const page of [home, hanoi]) expect(await page.next()).toBe('event: changed\ndata:\n\n');
    await home.leave();
    await hanoi.leave();
    expect(liveReaders().readers(), 'a reader gone is no longer told').toBe(0);
  });
});
