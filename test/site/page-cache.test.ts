import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInChromium } from './browser-site.ts';
import { signIn } from './desk/browser.ts';
import { e2eEditor, e2ePassword, retitleSummit } from './stack.ts';

const site = siteInChromium({ accounts: [{ email: e2eEditor, role: 'editor' }] });

/** The session cookie the site sets on signing in; the e2e editor's API token stands for its session. */
const editorCookie = () => `parley.desk_session=${site.stack.tokens[e2eEditor]}`;

/** A page of the site as a reader (no cookie) or an editor asks for it: status, cache headers and the HTML. */
async function get(path: string, as: 'reader' | 'editor' = 'reader') {
  const response = await fetch(site.stack.siteUrl + path, {
    headers: as === 'editor' ? { cookie: editorCookie() } : {},
    redirect: 'manual',
  });
  return {
    status: response.status,
    /** HIT or STALE when the page came from the page cache, MISS when it was rendered for it, null when uncached. */
    cache: response.headers.get('x-nextjs-cache'),
    cacheControl: response.headers.get('cache-control') ?? '',
    location: response.headers.get('location'),
    html: await response.text(),
  };
}

/** The editor's links on a record page: only an editor's page has them. */
const editorBar = (html: string) => html.includes('aria-label="Editor"');

/** Visits a page until the page cache serves it (a purge, e.g. on the API's (re)connection, may come first). */
async function cached(path: string) {
  await expect.poll(async () => (await get(path)).cache, { timeout: 10_000, interval: 100 }).toBe('HIT');
  return get(path);
}

/** Waits until a reader's page shows `words`, at most 2 s after the write: the freshness promised. */
async function showsWithin2s(path: string, words: string) {
  const written = performance.now();
  await expect.poll(async () => (await get(path)).html, { timeout: 2_000, interval: 50 }).toContain(words);
  return Math.round(performance.now() - written);
}

describe('the page cache', () => {
  it("serves a reader's record pages from the cache, rendered for no one in particular", async () => {
    for (const path of ['/summits/second-us-north-korea-2019', '/people/donald-trump']) {
      const page = await cached(path);
      expect(page.status).toBe(200);
      expect(page.cacheControl).toContain('s-maxage');
      expect(editorBar(page.html)).toBe(false);
    }
    const summit = await get('/summits/second-us-north-korea-2019');
    expect(summit.html).toContain('<h1>Second U.S.–North Korea summit</h1>');
  });

  it("never gives a reader an editor's page, nor an editor a reader's", async () => {
    // A page nobody has asked for yet: the editor is first, then a reader; then the other way round.
    const path = '/summits/singapore-2018';
    const editors = await get(path, 'editor');
    expect(editorBar(editors.html)).toBe(true);
    expect(editors.html).toContain('href="/desk/summits/singapore-2018/edit"');
    expect(editors.cache).toBeNull();
    expect(editors.cacheControl).toContain('no-store');
    expect(editorBar((await get(path)).html)).toBe(false);
    expect(editorBar((await cached(path)).html)).toBe(false);
    const again = await get(path, 'editor');
    expect(editorBar(again.html)).toBe(true);
    expect(again.cache).toBeNull();
  });

  it('shows a write through the API within 2 s, then serves the new page from the cache', async () => {
    const path = '/summits/second-us-north-korea-2019';
    await cached(path);
    const title = await retitleSummit(site.stack, 'second-us-north-korea-2019', 'page cache test');
    console.log(
      `the cached page showed the edit ${await showsWithin2s(path, title)} ms after it was written`,
    );
    const page = await cached(path);
    expect(page.html).toContain(title);
  });

  it('subscribes again after the API restarted, and still shows a write within 2 s', async () => {
    const path = '/summits/singapore-2018';
    await cached(path);
    // The site's last word on the feed: it logs when it loses it (then purges every second) and when it is back.
    const hearing = () => {
      const log = site.stack.site.output();
      return log.lastIndexOf('change feed: listening') > log.lastIndexOf('until it is back');
    };
    await site.stack.restartApi();
    await expect.poll(hearing, { timeout: 10_000, interval: 100 }).toBe(true);
    await cached(path);
    const title = await retitleSummit(site.stack, 'singapore-2018', 'page cache test');
    console.log(
      `after the restart, the page showed the edit ${await showsWithin2s(path, title)} ms after it`,
    );
  });

  it('renders `?asOf=` per request, as before, and a malformed day is the wrong-address page', async () => {
    const path = '/summits/second-us-north-korea-2019?asOf=2019-01-10';
    for (let visit = 0; visit < 2; visit++) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.cache).toBeNull();
      expect(page.html.replaceAll('<!-- -->', '')).toContain('As reported by 10 January 2019');
    }
    const wrong = await get('/summits/second-us-north-korea-2019?asOf=someday');
    expect(wrong.html).toContain('<h1>Wrong address</h1>');
  });

  it("sends the cached twin's own address to the page's, and lets no one else purge the cache", async () => {
    const twin = await get('/cached/summits/second-us-north-korea-2019');
    expect(twin.status).toBe(307);
    expect(twin.location).toBe('/summits/second-us-north-korea-2019');

    await cached('/sources/cbs-2019-01-18-second-summit');
    const attempts: Record<string, string>[] = [{}, { 'x-parley-purge': 'f'.repeat(64) }];
    for (const headers of attempts) {
      const purge = await fetch(`${site.stack.siteUrl}/cache-purge`, { method: 'POST', headers });
      expect(purge.status).toBe(404);
    }
    expect((await get('/sources/cbs-2019-01-18-second-summit')).cache).toBe('HIT');
  });
});

describe('signing in and out in a browser', () => {
  /** Opens the summit page from the list of summits, as a reader clicks through (client-side navigation). */
  async function openSummitFromList(page: Page) {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Summits' }).click();
    await page.waitForURL(`${site.stack.siteUrl}/summits`);
    await page.locator('main a[href="/summits/second-us-north-korea-2019"]').first().click();
    await page.waitForURL(`${site.stack.siteUrl}/summits/second-us-north-korea-2019`);
    await page.locator('h1').waitFor();
  }

  it("shows the editor's bar once signed in, and drops it once signed out, on a page seen before", async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.stack.siteUrl}/summits/second-us-north-korea-2019`);
    await openSummitFromList(page);
    expect(await page.getByRole('navigation', { name: 'Editor' }).count()).toBe(0);

    await signIn(page, site.stack.siteUrl, e2eEditor, e2ePassword);
    await openSummitFromList(page);
    await expect.poll(() => page.getByRole('navigation', { name: 'Editor' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${site.stack.siteUrl}/`);
    await openSummitFromList(page);
    expect(await page.getByRole('navigation', { name: 'Editor' }).count()).toBe(0);
    expect(await page.getByRole('banner').innerText()).not.toContain(e2eEditor);
    await page.context().close();
  });
});
