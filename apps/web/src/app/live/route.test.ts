import { describe, expect, test } from 'vitest';
import { GET } from './route.ts';

const live = (query = '', headers: Record<string, string> = {}) =>
  GET(new Request(`http://parley.example/live${query}`, { headers }));

describe('/live', () => {
  test('refuses another site’s page, and anything but a summit’s id, before subscribing', async () => {
    const crossSite = live('', { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    expect(live('?summit=%3Cscript%3E').status).toBe(400);
    expect(live('?summit=').status).toBe(400);
  });

  test('answers the site’s own pages with an event stream', async () => {
    const abort = new AbortController();
    const response = GET(
      new Request('http://parley.example/live', {
        headers: { 'sec-fetch-site': 'same-origin' },
        signal: abort.signal,
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe(': live\n\n');
    abort.abort();
    await reader.cancel();
  });
});
