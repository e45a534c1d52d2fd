import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '@parley/chromium';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, blocking, type Violation } from './accessibility.ts';
import { measureScripts, type PageWeight } from './page-weight.ts';
import { askApi, type Stack, startStack } from './stack.ts';

const screenshots = join(import.meta.dirname, '../screenshots');
const axeResults: Record<string, Violation[]> = {};
const weights: PageWeight[] = [];

let stack: Stack;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Asks the API directly, so expectations come from the same data the site shows. */
const api = <T>(query: string, variables: Record<string, unknown> = {}) =>
  askApi<T>(stack.apiUrl, query, variables);

/** Screenshot and axe for one page type; the page must already show what the test expects. */
async function record(name: string) {
  // Next streams a page's metadata: after a client-side navigation the new <title> arrives a moment later.
  await page.waitForFunction(() => document.title !== '');
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  const violations = await axeViolations(page);
  axeResults[name] = violations;
  expect(blocking(violations), `${name}: ${JSON.stringify(blocking(violations), null, 2)}`).toEqual([]);
}

async function visit(path: string) {
  const response = await page.goto(stack.siteUrl + path);
  return response?.status();
}

const heading = () => page.locator('h1').innerText();

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  [stack, browser] = await Promise.all([startStack(), launchChromium()]);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  writeFileSync(join(screenshots, 'report.json'), JSON.stringify({ axe: axeResults, weights }, null, 2));
  await browser?.close();
  await stack?.stop();
});

describe('the site in Chromium', () => {
  it('home: the next summit at a glance, with candidates and who reported them', async () => {
    expect(await visit('/')).toBe(200);
    const next = page.locator('section[aria-labelledby="next-summit"]');
    await expect.poll(() => next.innerText()).toContain('Second U.S.–North Korea summit');
    const text = await next.innerText();
    expect(text).toContain('Announced');
    expect(text).toContain('late February 2019');
    expect(text).toContain('To be announced');
    expect(text).toMatch(/Vietnam and Thailand, reported by Margaret Brennan \(CBS News\)/);
    expect(await page.locator('a', { hasText: 'GraphQL playground' }).getAttribute('href')).toBe(
      stack.apiUrl,
    );
    // Layout shift over the load: nothing should move once painted.
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
              total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBeLessThan(0.01);
    await record('home');
  });

  it('keyboard: the first Tab reaches the skip link, which moves focus to the main content', async () => {
    await visit('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('summits list and summit page: developments with sources, meetings and statements', async () => {
    const { summits } = await api<{ summits: { totalCount: number } }>('{ summits { totalCount } }');
    await visit('/summits');
    expect(await heading()).toBe('Summits');
    expect(await page.locator('main article').count()).toBe(summits.totalCount);
    await record('summits');

    await page.getByRole('link', { name: 'Second U.S.–North Korea summit' }).click();
    await page.waitForURL('**/summits/second-us-north-korea-2019');
    expect(await heading()).toBe('Second U.S.–North Korea summit');
    const developments = await page.locator('section[aria-labelledby="developments"]').innerText();
    expect(developments).toContain('White House press secretary Sarah Sanders announced the summit');
    // Each development shows its excerpt, or links to it where the page already prints it (under Sources).
    const cited = page.locator('section[aria-labelledby="developments"] li');
    expect(await cited.count()).toBeGreaterThan(0);
    for (const development of await cited.all()) {
      const excerpts = development.locator('blockquote, a[href^="#source-"], a[href^="#development-"]');
      expect(await excerpts.count()).toBe(1);
    }
    expect(await page.locator('section[aria-labelledby="meetings"] article').count()).toBe(2);
    await record('summit');
  });

  it('meeting page: who met whom in what role, where within what, how long', async () => {
    const { meeting } = await api<{
      meeting: { participants: { role: string; person: { name: string } }[] };
    }>('{ meeting(slug: "trump-kim-yong-chol-2019-01-18") { participants { role person { name } } } }');
    await visit('/summits/second-us-north-korea-2019');
    await page.getByRole('link', { name: 'Trump meets Kim Yong Chol in the Oval Office' }).click();
    await page.waitForURL('**/meetings/trump-kim-yong-chol-2019-01-18');
    const facts = await page.locator('main dl').first().innerText();
    expect(meeting.participants.map((p) => p.role).sort()).toEqual(['GUEST', 'HOST']);
    for (const { role, person } of meeting.participants) {
      expect(facts).toContain(`${person.name} (${role.toLowerCase()})`);
    }
    expect(facts).toContain('Oval Office, White House, Washington, D.C., United States');
    expect(facts).toContain('1 hour 30 minutes');
    expect(facts).toContain('18 January 2019');
    await record('meeting');
  });

  it('statements: filters in the URL narrow the list to what the API says', async () => {
    const { person } = await api<{ person: { id: string; name: string } }>(
      '{ person(slug: "sarah-sanders") { id name } }',
    );
    await visit('/statements');
    await record('statements');
    await page.getByLabel('Speaker').selectOption({ label: person.name });
    await page.getByLabel('Kind').selectOption({ label: 'Remarks' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL('**/statements?speaker=sarah-sanders&kind=REMARKS');

    const { statements } = await api<{ statements: { totalCount: number } }>(
      'query ($f: StatementFilter) { statements(filterBy: $f) { totalCount } }',
      { f: { speakers: [person.id], kinds: ['REMARKS'] } },
    );
    expect(statements.totalCount).toBeGreaterThan(0);
    const cards = page.locator('section[aria-labelledby="results"] article');
    await expect.poll(() => cards.count()).toBe(statements.totalCount);
    for (const meta of await cards.locator('p').allInnerTexts()) {
      expect(meta).toContain(`${person.name} · Remarks`);
    }
    // The view is a shareable address: loading it afresh shows the same filters.
    await visit('/statements?speaker=sarah-sanders&kind=REMARKS');
    expect(await page.getByLabel('Speaker').inputValue()).toBe('sarah-sanders');
    expect(await page.getByLabel('Kind').inputValue()).toBe('REMARKS');

    // A date window that excludes the statements leaves none.
    await visit('/statements?speaker=sarah-sanders&from=2018-06-01&to=2018-06-30');
    expect(await page.locator('#results').innerText()).toMatch(/^0 statements/);
  });

  it('statement page: the quote, the related statement, and a link to the source excerpt', async () => {
    const slug = 'missile-defense-review-2019';
    const { statement } = await api<{ statement: { citations: { excerpt: string }[] } }>(
      `{ statement(slug: "${slug}") { citations { excerpt } } }`,
    );
    await visit('/statements');
    const card = page.locator('article', { hasText: 'an extraordinary threat' });
    await card.getByRole('link', { name: /^Source:/ }).click();
    await page.waitForURL(`**/statements/${slug}#source-1`);
    const excerpt = page.locator('#source-1');
    expect(await excerpt.innerText()).toContain(statement.citations[0]?.excerpt);
    // A full load to the fragment: the excerpt is the page's target, highlighted and scrolled into view.
    expect(await excerpt.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await excerpt.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    expect(await page.locator('main blockquote').first().innerText()).toBe('an extraordinary threat');
    const related = await page.locator('section[aria-labelledby="related"]').innerText();
    expect(related).toContain('Contradicts');
    expect(related).toContain('no longer a threat');
    await record('statement');
  });

  it('people and person pages', async () => {
    const { person } = await api<{ person: { name: string } }>('{ person(slug: "sarah-sanders") { name } }');
    await visit('/people');
    expect(await heading()).toBe('People');
    await record('people');
    await page.getByRole('link', { name: person.name }).click();
    await page.waitForURL('**/people/sarah-sanders');
    expect(await heading()).toBe(person.name);
    expect(await page.locator('section[aria-labelledby="statements"] article').count()).toBeGreaterThan(0);
    await record('person');
  });

  it('timeline: grouped by month, a window spanning months kept as a window', async () => {
    await visit('/timeline');
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings).toContain('January 2019');
    expect(headings).toContain('June 2018');
    expect(headings).toContain('June 2018 – January 2019');
    const spanning = page.locator('section', {
      has: page.locator('h2', { hasText: 'June 2018 – January 2019' }),
    });
    expect(await spanning.innerText()).toContain('no longer a threat');
    await record('timeline');
  });

  it('search: the header box suggests as you type, Enter shows results grouped by type with matches marked', async () => {
    const { search } = await api<{ search: { totalCount: number } }>(
      '{ search(query: "denuclearization") { totalCount } }',
    );
    await visit('/summits');
    const box = page.getByRole('searchbox', { name: 'Search Parley' });
    await box.fill('denuclearization');
    await expect.poll(() => page.locator('header [aria-live] li').count()).toBeGreaterThan(0);
    await box.press('Enter');
    await page.waitForURL('**/search?q=denuclearization');
    expect(await heading()).toBe('Search results for “denuclearization”');
    expect(await page.locator('main').innerText()).toContain(`${search.totalCount} records match`);
    const groups = await page.locator('main h2').allInnerTexts();
    expect(groups.length).toBeGreaterThan(1);
    const marks = await page.locator('main mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^denucleari/);
    await record('search');
  });

  it('not found: unknown slugs and addresses get a 404 page', async () => {
    expect(await visit('/summits/no-such-summit')).toBe(404);
    expect(await heading()).toBe('Not found');
    expect(await visit('/people/no-such-person')).toBe(404);
    expect(await visit('/no-such-page')).toBe(404);
    // A slug longer than the API accepts names no record either: a 404, not the outage page.
    for (const kind of ['summits', 'meetings', 'statements', 'people']) {
      expect(await visit(`/${kind}/${'x'.repeat(1_100)}`), kind).toBe(404);
      expect(await heading(), kind).toBe('Not found');
    }
    await record('not-found');
  });

  it('responsive: no sideways scrolling at a phone’s width', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of ['/', '/statements', '/statements/sanders-2019-01-18-remarks', '/timeline']) {
      await visit(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await visit('/');
    await page.screenshot({ path: join(screenshots, 'home-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('page weight: JavaScript per page type, gzipped', async () => {
    for (const path of [
      '/',
      '/summits',
      '/summits/second-us-north-korea-2019',
      '/meetings/trump-kim-yong-chol-2019-01-18',
      '/statements',
      '/statements/missile-defense-review-2019',
      '/people',
      '/people/sarah-sanders',
      '/timeline',
      '/search?q=summit',
    ]) {
      weights.push(await measureScripts(browser, stack.siteUrl, path));
    }
    console.table(weights);
    for (const weight of weights) expect(weight.gzipBytes).toBeGreaterThan(0);
  });

  it("the site's /graphql runs only the search box's query, and never for another site", async () => {
    const post = (headers: Record<string, string>, body: string) =>
      fetch(`${stack.siteUrl}/graphql`, { method: 'POST', headers, body });
    const json = { 'content-type': 'application/json' };
    const suggestions = JSON.stringify({
      operationName: 'SearchSuggestions',
      query: '{ __typename }',
      variables: { query: 'summit' },
    });
    // The search box's request: the route runs its own copy of the document, whatever `query` says.
    const ok = await post({ ...json, origin: stack.siteUrl, 'sec-fetch-site': 'same-origin' }, suggestions);
    expect(ok.status).toBe(200);
    expect(
      ((await ok.json()) as { data: { search: { totalCount: number } } }).data.search.totalCount,
    ).toBeGreaterThan(0);
    // A form another site posts (no preflight: text/plain), or a request a browser marks as cross-site.
    expect(
      (await post({ 'content-type': 'text/plain', origin: 'https://evil.example' }, suggestions)).status,
    ).toBe(403);
    expect((await post({ ...json, 'sec-fetch-site': 'cross-site' }, suggestions)).status).toBe(403);
    expect((await post({ 'content-type': 'text/plain' }, suggestions)).status).toBe(415);
    // Any other operation, which the API's CSRF rule would have let the route through.
    const other = await post(json, JSON.stringify({ query: '{ stats { summits } }' }));
    expect(other.status).toBe(400);
    expect(JSON.stringify(await other.json())).not.toMatch(/"summits"/);
  });

  it('bad address: a value from the address that the API refuses is the reader’s mistake, not an outage', async () => {
    // A search longer than the API accepts: asked directly, the API names it a bad argument.
    const long = 'a'.repeat(5_000);
    const refused = await fetch(stack.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($q: String!) { search(query: $q) { totalCount } }',
        variables: { q: long },
      }),
    });
    expect(JSON.stringify(await refused.json())).toContain('"code":"BAD_USER_INPUT"');
    for (const path of ['/statements?after=x', '/timeline?after=x', `/search?q=${long}`]) {
      const status = await visit(path);
      expect(await heading(), path).toBe('Wrong address');
      expect(await page.locator('main').innerText(), path).toContain('not one Parley can use');
      // Next sends 200 for a page it rendered (it can send only 404, 403 and 401 from a page): never a 5xx.
      expect(status, path).toBeLessThan(500);
      expect(await page.locator('meta[name="robots"]').getAttribute('content'), path).toBe('noindex');
    }
    await visit('/statements?after=x');
    await record('bad-address');
  });

  it('API down: every page is a plain page that says so, one viewed before too', async () => {
    await stack.api.stop();
    // The site keeps no data cache (a page must never be older than a committed write): it asks the API.
    for (const path of ['/summits', '/search?q=nothing-cached-yet']) {
      const status = await visit(path);
      expect(await heading(), path).toBe('Parley is unavailable');
      expect(await page.locator('main').innerText(), path).toContain('did not answer');
      expect(status, path).toBeGreaterThanOrEqual(200);
    }
    await record('error');
  });
});
