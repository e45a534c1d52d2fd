import { afterEach, describe, expect, it, vi } from 'vitest';
import { PURGE_PATH, purgePages } from './purge-pages.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A stand-in for `fetch` whose answers the test gives: the calls to the purge route so far, and a way to end one. */
function purgeRoute() {
  const calls: { url: string; answer: (status: number) => void }[] = [];
  vi.stubGlobal(
    'fetch',
    (url: URL) =>
      new Promise<Response>((resolve) => {
        calls.push({ url: String(url), answer: (status) => resolve(new Response(null, { status })) });
      }),
  );
  return calls;
}

const settled = async (promise: Promise<unknown>) =>
  Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 20))]);

describe('purging the page cache', () => {
  it('resolves once a purge begun after the call is done; calls meanwhile share one more after it', async () => {
    const calls = purgeRoute();
    const log: string[] = [];
    const purge = purgePages((line) => log.push(line));
    const first = purge();
    const [second, third] = [purge(), purge()];
    expect(calls).toHaveLength(1);
    expect(new URL(calls[0]?.url ?? '').pathname).toBe(PURGE_PATH);
    expect(second).toBe(third);
    expect(await settled(first)).toBe(false);
    calls[0]?.answer(204);
    expect(await settled(first)).toBe(true);
    expect(await settled(second), 'the purge under way may have begun before its change').toBe(false);
    expect(calls).toHaveLength(2);
    calls[1]?.answer(500);
    expect(await settled(second)).toBe(true);
    expect(log).toEqual(['page cache: the purge route answered HTTP 500']);
    expect(calls).toHaveLength(2);
  });
});
