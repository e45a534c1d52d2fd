import { describe, expect, it } from 'vitest';
import { siteInChromium } from './browser-site.ts';

const site = siteInChromium();
const { api, visit } = site;

/** Every fact's source link on the page leads to an excerpt on the page it names. */
async function expectSourceLinksReachExcerpts(facts: string[]) {
  for (const fact of facts) {
    const href = await site.page
      .getByRole('link', { name: `Source of ${fact}`, exact: true })
      .getAttribute('href');
    expect(href, fact).toMatch(/#(source|development)-\d+$/);
    const anchor = href?.split('#')[1];
    expect(await site.page.locator(`[id="${anchor}"] blockquote`).count(), fact).toBe(1);
  }
}

describe('the facts on the page', () => {
  it('home: the counts say only what is true (people are not all speakers)', async () => {
    const { stats } = await api<{ stats: { statements: number; people: number } }>(
      '{ stats { statements people } }',
    );
    await visit('/');
    const lede = await site.page.locator('main p').first().innerText();
    expect(lede).not.toMatch(/statements by/);
    expect(lede).toContain(`${stats.statements} statements, naming ${stats.people} people`);
  });

  it("summit page: status, date, place and participants each link to their source's words", async () => {
    await visit('/summits/second-us-north-korea-2019');
    await expectSourceLinksReachExcerpts(['the status', 'the date', 'the place', 'the participants']);
    // A meeting card links to the excerpt on the meeting's page.
    const card = site.page.locator('section[aria-labelledby="meetings"] article').first();
    expect(
      await card
        .getByRole('link', { name: 'Source of this meeting’s date, place and participants' })
        .getAttribute('href'),
    ).toMatch(/^\/meetings\/[a-z0-9-]+#source-1$/);
  });

  it('summit and statement pages print each excerpt once, and link to it where it is cited again', async () => {
    const { summits, statements } = await api<{
      summits: { nodes: { slug: string }[] };
      statements: { nodes: { slug: string; relations: unknown[] }[] };
    }>(
      '{ summits(first: 50) { nodes { slug } } statements(first: 100) { nodes { slug relations { type } } } }',
    );
    const paths = [
      ...summits.nodes.map((s) => `/summits/${s.slug}`),
      ...statements.nodes.filter((s) => s.relations.length > 0).map((s) => `/statements/${s.slug}`),
    ];
    let references = 0;
    for (const path of paths) {
      await visit(path);
      const excerpts = await site.page.locator('main blockquote').allInnerTexts();
      expect(excerpts.length, path).toBeGreaterThan(0);
      expect(
        excerpts.filter((e, i) => excerpts.indexOf(e) !== i),
        path,
      ).toEqual([]);
      // Every "excerpt N under Sources/Developments" lands on the excerpt printed there.
      for (const link of await site.page
        .getByRole('link', { name: /, excerpt \d+ under (Sources|Developments)$/ })
        .all()) {
        const anchor = (await link.getAttribute('href'))?.split('#')[1];
        const listed = site.page.locator(`[id="${anchor}"] blockquote`);
        expect(await listed.count(), `${path} → #${anchor}`).toBe(1);
        references += 1;
      }
    }
    // The founding record cites some words twice (two developments, a development and the sources): exercised.
    expect(references).toBeGreaterThan(0);
  });

  it("meeting page: participants, date and place each link to their source's words", async () => {
    await visit('/meetings/trump-kim-yong-chol-2019-01-18');
    await expectSourceLinksReachExcerpts(['the participants', 'the date', 'the place']);
  });

  it('timeline: every entry links to the excerpt dating it', async () => {
    await visit('/timeline');
    const entries = site.page.locator('main li');
    const links = site.page
      .locator('main li')
      .getByRole('link', { name: /^Source of this (summit|meeting|statement)’s date$/ });
    expect(await links.count()).toBe(await entries.count());
    // A full load to the fragment (a client-side one leaves :target unset): the excerpt is the page's target.
    await site.page.goto(new URL((await links.first().getAttribute('href')) ?? '', site.stack.siteUrl).href);
    expect(await site.page.locator(':target blockquote').count()).toBe(1);
  });

  it('source page: outlet, date, title and the records citing it, for a source without a URL too', async () => {
    const slug = 'cbs-2019-01-18-second-summit';
    const { statements } = await api<{
      statements: { nodes: { slug: string; citations: { source: { slug: string } }[] }[] };
    }>('{ statements(first: 100) { nodes { slug citations { source { slug } } } } }');
    const citing = statements.nodes.filter((s) => s.citations.some((c) => c.source.slug === slug));
    expect(citing.length).toBeGreaterThan(0);
    const { source } = await api<{ source: { title: string; outlet: string; url: string | null } }>(
      'query ($slug: String!) { source(slug: $slug) { title outlet url } }',
      { slug },
    );
    expect(source.url, 'the founding source has no recorded URL').toBeNull();
    expect(await visit(`/sources/${slug}`)).toBe(200);
    expect(await site.page.locator('h1').innerText()).toBe(source.title);
    const facts = await site.page.locator('main dl').innerText();
    expect(facts).toContain(source.outlet);
    expect(facts).toContain('18 January 2019');
    const records = site.page.locator('section[aria-labelledby="citing"]');
    for (const statement of citing) {
      expect(await records.locator(`a[href="/statements/${statement.slug}"]`).count(), statement.slug).toBe(
        1,
      );
    }
    expect(await visit('/sources/no-such-source')).toBe(404);
    expect(await visit('/sources/Not%20a%20slug')).toBe(404);
  });

  it("a citation's source name leads to the source's page", async () => {
    await visit('/statements/missile-defense-review-2019');
    await site.page.locator('#source-1 figcaption').getByRole('link', { name: 'CBS News' }).click();
    await site.page.waitForURL('**/sources/cbs-2019-01-18-second-summit');
  });

  it('statements: the issuing organization is a filter, kept in the URL', async () => {
    // The statement issued by an organization and no person: the Department of Defense's review.
    const { statement } = await api<{
      statement: { organization: { id: string; name: string; slug: string } };
    }>('{ statement(slug: "missile-defense-review-2019") { organization { id name slug } } }');
    const { organization } = statement;
    const { statements } = await api<{ statements: { totalCount: number } }>(
      'query ($f: StatementFilter) { statements(filterBy: $f) { totalCount } }',
      { f: { organizations: [organization.id] } },
    );
    expect(statements.totalCount).toBeGreaterThan(0);
    await visit('/statements');
    await site.page.getByLabel('Organization').selectOption({ label: organization.name });
    await site.page.getByRole('button', { name: 'Apply filters' }).click();
    await site.page.waitForURL(`**/statements?organization=${organization.slug}`);
    const cards = site.page.locator('section[aria-labelledby="results"] article');
    await expect.poll(() => cards.count()).toBe(statements.totalCount);
    await visit(`/statements?organization=${organization.slug}`);
    expect(await site.page.getByLabel('Organization').inputValue()).toBe(organization.slug);
  });

  it('header search: the placeholder fits the box at 1280 px', async () => {
    await visit('/');
    const box = site.page.getByRole('searchbox', { name: 'Search Parley' });
    const fit = await box.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room =
        input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      return {
        text: context.measureText(input.placeholder).width,
        room,
        scrollWidth: input.scrollWidth,
        clientWidth: input.clientWidth,
      };
    });
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
    expect(fit.text).toBeLessThanOrEqual(fit.room);
  });
});
