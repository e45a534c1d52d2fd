import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { siteInChromium } from './browser-site.ts';
import { e2eEditor, retitleSummit } from './stack.ts';

const site = siteInChromium({ accounts: [{ email: e2eEditor, role: 'editor' }] });

/** The summit the home page shows as the next one, and another. */
const [followed, unrelated] = ['second-us-north-korea-2019', 'singapore-2018'];

/** A reader's tab on `path`, once its live updates are connected, marked so that a reload would show. */
async function open(path: string): Promise<Page> {
  const page = await site.browser.newPage();
  const live = page.waitForResponse((response) => new URL(response.url()).pathname === '/live');
  await page.goto(site.stack.siteUrl + path);
  expect((await live).status()).toBe(200);
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));
  return page;
}

/** The page's live-updates note ("Updated just now", "Live updates paused…", or nothing). */
const note = (page: Page) => page.getByRole('status').innerText();
const notReloaded = (page: Page) => page.evaluate(() => 'notReloaded' in window);

it('a summit’s page and the home page show an edit of that summit without a reload; another summit’s edit leaves the first page alone', async () => {
  // The site's feed may have started before the API: readers opened before it is heard would be told it is back.
  await expect.poll(() => site.stack.site.output(), { timeout: 20_000 }).toContain('change feed: listening');
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  // Visited once before, so the summit's page is in the page cache when the tab opens it.
  await fetch(`${site.stack.siteUrl}/summits/${followed}`);
  const [summit, home] = [await open(`/summits/${followed}`), await open('/')];
  expect(await note(summit)).toBe('');

  // The home page hears of every change; the followed summit's page not of another summit's.
  const other = await retitleSummit(site.stack, unrelated, 'live updates test');
  await expect.poll(() => note(home), { timeout: 5_000 }).toBe('Updated just now');
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  expect(await note(summit)).toBe('');
  expect(await summit.locator('main').innerText()).not.toContain(other);

  const title = await retitleSummit(site.stack, followed, 'live updates test');
  const written = performance.now();
  // The new fact, not only the note: readers are told once the page cache has dropped the old page.
  await expect.poll(() => summit.locator('h1').innerText(), { timeout: 5_000, interval: 50 }).toBe(title);
  console.log(`the open summit page showed the edit ${Math.round(performance.now() - written)} ms after it`);
  expect(await note(summit)).toBe('Updated just now');
  await expect
    .poll(() => home.locator('section[aria-labelledby="next-summit"]').innerText(), { timeout: 5_000 })
    .toContain(title);
  expect(await notReloaded(summit)).toBe(true);
  expect(await notReloaded(home)).toBe(true);
});
