import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, blocking } from './accessibility.ts';
import { siteInChromium, widths } from './browser-site.ts';
import { measureScripts } from './page-weight.ts';

const screenshots = join(import.meta.dirname, '../screenshots/charts');

const site = siteInChromium();
const { api, visit } = site;

/** Screenshots of the page at a phone's and a desktop's width (no sideways scrolling on the phone), and axe. */
async function record(name: string) {
  for (const [width, viewport] of Object.entries(widths)) {
    await site.page.setViewportSize(viewport);
    await site.page.screenshot({ path: join(screenshots, `${name}-${width}.png`), fullPage: true });
    const overflow = await site.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at a ${width}'s width`).toBeLessThanOrEqual(0);
  }
  await site.page.setViewportSize(widths.desktop);
  const violations = blocking(await axeViolations(site.page));
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Where a day starts and ends on a timeline drawing, from the dated grid lines it draws (a linear axis). */
async function dayScale(chart: Locator) {
  const grid = await chart
    .locator('line[data-day]')
    .evaluateAll((lines) =>
      lines.map((l) => ({ day: l.getAttribute('data-day') ?? '', x: Number(l.getAttribute('x1')) })),
    );
  expect(grid.length).toBeGreaterThanOrEqual(2);
  const [a, b] = [grid[0], grid.at(-1)] as [{ day: string; x: number }, { day: string; x: number }];
  const perDay = (b.x - a.x) / (days(b.day) - days(a.day));
  const start = (iso: string) => a.x + (days(iso) - days(a.day)) * perDay;
  return { start, end: (iso: string) => start(iso) + perDay };
}

/** A mark's drawn extent: a bar's left and right edges, or a dot's centre twice. */
async function extent(mark: Locator) {
  const shape = mark.locator('[data-shape]').first();
  const kind = await shape.getAttribute('data-shape');
  const n = async (name: string) => Number(await shape.getAttribute(name));
  if (kind === 'point') return { kind, left: await n('cx'), right: await n('cx') };
  return { kind, left: await n('x'), right: (await n('x')) + (await n('width')) };
}

interface Dated {
  __typename: string;
  slug: string;
  title?: string;
  date?: { earliest: string; latest: string; precision: string } | null;
  summitDate?: { earliest: string; latest: string; precision: string } | null;
  developments?: { sequence: number; status: string; date: { earliest: string; latest: string } | null }[];
}

const timelineQuery = `query ($from: Date, $to: Date) {
  timeline(first: 100, from: $from, to: $to) {
    nodes {
      __typename
      ... on Summit { slug title summitDate: date { earliest latest precision } developments { sequence status date { earliest latest } } }
      ... on Meeting { slug title date { earliest latest precision } }
      ... on Statement { slug date { earliest latest precision } }
    }
  }
}`;
const pathOf = (r: Dated) => `/${r.__typename.toLowerCase()}s/${r.slug}`;

beforeAll(() => {
  mkdirSync(screenshots, { recursive: true });
});

describe('the timeline chart', () => {
  it('draws each fuzzy date as a bar over its whole window and each exact day as a point, linked to its record', async () => {
    const { timeline } = await api<{ timeline: { nodes: Dated[] } }>(timelineQuery);
    expect(await visit('/timeline')).toBe(200);
    const chart = site.page.locator('svg[data-chart="timeline"]');
    const { start, end } = await dayScale(chart);
    const summit = timeline.nodes.find((n) => n.slug === 'second-us-north-korea-2019');
    const window = summit?.summitDate;
    if (!window) throw new Error('the API gives the second summit no date');
    const bar = chart.locator(`g[data-kind="Summit"][data-title="${summit.title}"]`);
    const drawnBar = await extent(bar);
    expect(drawnBar.kind).toBe('bar');
    expect(drawnBar.left).toBeCloseTo(start(window.earliest), 0);
    expect(drawnBar.right).toBeCloseTo(end(window.latest), 0);
    // Every record is drawn once, at its own window: a point for a day, a bar for more.
    for (const record of timeline.nodes) {
      const date = record.__typename === 'Summit' ? record.summitDate : record.date;
      if (!date) continue;
      const mark = chart.locator(`g[data-kind="${record.__typename}"]:has(a[data-href="${pathOf(record)}"])`);
      expect(await mark.count(), pathOf(record)).toBe(1);
      expect(await mark.getAttribute('data-earliest')).toBe(date.earliest);
      expect(await mark.getAttribute('data-latest')).toBe(date.latest);
      const drawn = await extent(mark);
      expect(drawn.kind, pathOf(record)).toBe(date.earliest === date.latest ? 'point' : 'bar');
      const [left, right] = [start(date.earliest), end(date.latest)];
      expect(drawn.left, pathOf(record)).toBeCloseTo(drawn.kind === 'bar' ? left : (left + right) / 2, 0);
      expect(drawn.right, pathOf(record)).toBeCloseTo(drawn.kind === 'bar' ? right : (left + right) / 2, 0);
    }
    await record('timeline');
  });

  it("draws each summit's dated status changes in its strip, linked to their excerpts", async () => {
    const { timeline } = await api<{ timeline: { nodes: Dated[] } }>(timelineQuery);
    await visit('/timeline');
    for (const summit of timeline.nodes.filter((n) => n.__typename === 'Summit')) {
      const strip = site.page.locator(
        `svg[data-chart="timeline"] g[data-title="${summit.title}"] g[data-status]`,
      );
      const dated = summit.developments?.filter((d) => d.date) ?? [];
      expect(await strip.count(), summit.slug).toBe(dated.length);
      for (const development of dated) {
        const change = site.page.locator(
          `svg[data-chart="timeline"] a[data-href="${pathOf(summit)}#development-${development.sequence}"]`,
        );
        expect(await change.locator('xpath=..').getAttribute('data-status')).toBe(development.status);
        expect(await change.locator('xpath=..').getAttribute('data-earliest')).toBe(
          development.date?.earliest,
        );
      }
    }
    // The chart in words names each status change and the day it was reported.
    await site.page.getByText('The chart in words').click();
    const words = await site.page.locator('figure table').innerText();
    expect(words).toContain('Status change');
    expect(words).toMatch(/reported \d+ \w+ \d{4}/);
  });

  it('zooms to a range named in the address, by the form or a period of the axis', async () => {
    const range = { from: '2019-01-01', to: '2019-01-31' };
    const { timeline } = await api<{ timeline: { nodes: Dated[] } }>(timelineQuery, range);
    await visit('/timeline');
    await site.page.getByLabel('From', { exact: true }).fill(range.from);
    await site.page.getByLabel('To', { exact: true }).fill(range.to);
    await site.page.getByRole('button', { name: 'Zoom' }).click();
    await site.page.waitForURL(`**/timeline?from=${range.from}&to=${range.to}`);
    const chart = site.page.locator('svg[data-chart="timeline"]');
    expect([await chart.getAttribute('data-from'), await chart.getAttribute('data-to')]).toEqual([
      range.from,
      range.to,
    ]);
    const drawn = await chart
      .locator('a[data-href]')
      .evaluateAll((links) =>
        links.map((a) => a.getAttribute('data-href') ?? '').filter((href) => !href.includes('#')),
      );
    expect(new Set(drawn)).toEqual(new Set(timeline.nodes.map(pathOf)));
    // The axis's periods zoom too; "Whole timeline" goes back.
    const period = site.page.getByRole('navigation', { name: 'Zoom to a period' }).getByRole('link').first();
    const href = (await period.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/timeline\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
    await period.click();
    await site.page.waitForURL(`**${href}`);
    await site.page.getByRole('link', { name: 'Whole timeline' }).click();
    await site.page.waitForURL(/\/timeline$/);
    // A range that is not one is the reader's mistake.
    await visit('/timeline?from=2019-02-30');
    expect(await site.page.locator('main').innerText()).toContain('not one Parley can use');
  });

  it('a day chosen in the "as of" form keeps the range the chart is zoomed to, and so does going back to today', async () => {
    const range = { from: '2019-02-01', to: '2019-03-31' };
    const zoomed = `from=${range.from}&to=${range.to}`;
    await visit(`/timeline?${zoomed}`);
    await site.page.getByLabel('As reported by').fill('2019-02-20');
    await site.page.getByRole('button', { name: 'Show', exact: true }).click();
    await site.page.waitForURL(`**/timeline?${zoomed}&asOf=2019-02-20`);
    const chart = site.page.locator('svg[data-chart="timeline"]');
    expect(await site.page.locator('main').innerText()).toContain('As reported by 20 February 2019');
    expect([await chart.getAttribute('data-from'), await chart.getAttribute('data-to')]).toEqual([
      range.from,
      range.to,
    ]);
    await site.page.getByRole('link', { name: 'Today’s record', exact: true }).click();
    await site.page.waitForURL(`**/timeline?${zoomed}`);
    expect([await chart.getAttribute('data-from'), await chart.getAttribute('data-to')]).toEqual([
      range.from,
      range.to,
    ]);
  });

  it("summit page: a compact timeline of the summit's date, status changes, meetings and statements", async () => {
    const { summit } = await api<{ summit: Dated & { meetings: { nodes: Dated[] } } }>(
      `{ summit(slug: "second-us-north-korea-2019") { __typename slug title summitDate: date { earliest latest precision }
         meetings(first: 20) { nodes { __typename slug date { earliest latest precision } } } } }`,
    );
    await visit(pathOf(summit));
    const chart = site.page.locator('svg[data-chart="timeline"]');
    const { start, end } = await dayScale(chart);
    const bar = await extent(chart.locator(`g[data-kind="Summit"][data-title="${summit.title}"]`));
    expect(bar.left).toBeCloseTo(start(summit.summitDate?.earliest ?? ''), 0);
    expect(bar.right).toBeCloseTo(end(summit.summitDate?.latest ?? ''), 0);
    for (const meeting of summit.meetings.nodes) {
      expect(await chart.locator(`a[data-href="${pathOf(meeting)}"]`).count(), meeting.slug).toBe(1);
    }
  });
});

describe('who met whom', () => {
  interface Shared {
    slug: string;
    participants: { person: { slug: string } }[];
  }
  /** Pairs of people and how many meetings and summits they shared, from the API. */
  async function pairs() {
    const { meetings, summits } = await api<{ meetings: { nodes: Shared[] }; summits: { nodes: Shared[] } }>(
      '{ meetings(first: 100) { nodes { slug participants { person { slug } } } } summits(first: 100) { nodes { slug participants { person { slug } } } } }',
    );
    const count = new Map<string, number>();
    for (const record of [...meetings.nodes, ...summits.nodes]) {
      const slugs = [...new Set(record.participants.map((p) => p.person.slug))].sort();
      for (const [i, a] of slugs.entries())
        for (const b of slugs.slice(i + 1)) count.set(`${a}--${b}`, (count.get(`${a}--${b}`) ?? 0) + 1);
    }
    return count;
  }

  it('people page: a link for each pair who met, wider for more meetings, joining their nodes', async () => {
    const shared = await pairs();
    const key = 'donald-trump--kim-yong-chol';
    expect(shared.get(key)).toBe(2);
    await visit('/people');
    const graph = site.page.locator('svg[data-chart="who-met-whom"]');
    expect(await graph.locator('a[data-link]').count()).toBe(shared.size);
    for (const [pair, n] of shared) {
      expect(await graph.locator(`a[data-link="${pair}"]`).getAttribute('data-records'), pair).toBe(
        String(n),
      );
    }
    const width = async (pair: string) =>
      Number(await graph.locator(`a[data-link="${pair}"] line`).getAttribute('stroke-width'));
    const single = [...shared].find(([, n]) => n === 1)?.[0] ?? '';
    expect(await width(key)).toBeGreaterThan(await width(single));
    // The line runs between the two people's dots.
    const line = graph.locator(`a[data-link="${key}"] line`);
    for (const [end, slug] of [
      ['1', 'donald-trump'],
      ['2', 'kim-yong-chol'],
    ]) {
      const dot = graph.locator(`a[data-person="${slug}"] circle`);
      expect(await line.getAttribute(`x${end}`)).toBe(await dot.getAttribute('cx'));
      expect(await line.getAttribute(`y${end}`)).toBe(await dot.getAttribute('cy'));
    }
    await record('people');
  });

  it('click through: a link of one meeting opens it; a link of two lists both, each opening its meeting', async () => {
    const shared = await pairs();
    await visit('/people');
    const graph = site.page.locator('svg[data-chart="who-met-whom"]');
    const single = [...shared].find(([, n]) => n === 1)?.[0] ?? '';
    expect(await graph.locator(`a[data-link="${single}"]`).getAttribute('href')).toMatch(
      /^\/(meetings|summits)\//,
    );
    await graph.locator('a[data-link="donald-trump--kim-yong-chol"] line').click({ force: true });
    const row = site.page.locator('tr[data-pair="donald-trump--kim-yong-chol"]');
    await expect.poll(() => row.isVisible()).toBe(true);
    const meetings = row.locator('a[href^="/meetings/"]');
    expect(await meetings.count()).toBe(2);
    await meetings.first().click();
    await site.page.waitForURL('**/meetings/*');
    expect(await site.page.locator('main').innerText()).toContain('Kim Yong Chol');
  });

  it('person page: whom they met, with them marked', async () => {
    const shared = await pairs();
    const slug = 'kim-yong-chol';
    await visit(`/people/${slug}`);
    const graph = site.page.locator('svg[data-chart="who-met-whom"]');
    const theirs = [...shared.keys()].filter((pair) => pair.split('--').includes(slug));
    expect(theirs.length).toBeGreaterThan(0);
    for (const pair of theirs) expect(await graph.locator(`a[data-link="${pair}"]`).count(), pair).toBe(1);
    expect(await graph.locator(`a[data-person="${slug}"] circle`).getAttribute('class')).toMatch(/nodeSelf/);
    await record('person');
  });
});

describe('the maps', () => {
  interface MapPlace {
    slug: string;
    coordinates: { latitude: number; longitude: number } | null;
  }

  it('summit page: the candidates reported while the venue is to be announced, where they lie', async () => {
    const { summit } = await api<{
      summit: { location: MapPlace | null; candidateLocations: { place: MapPlace }[] };
    }>(
      '{ summit(slug: "second-us-north-korea-2019") { location { slug coordinates { latitude longitude } } candidateLocations { place { slug coordinates { latitude longitude } } } } }',
    );
    expect(summit.location).toBeNull();
    const candidates = summit.candidateLocations.map((c) => c.place);
    expect(candidates.map((c) => c.slug).sort()).toEqual(['thailand', 'vietnam']);
    await visit('/summits/second-us-north-korea-2019');
    const map = site.page.locator('svg[data-chart="map"]');
    expect(
      await map
        .locator('a[data-role="candidate"]')
        .evaluateAll((a) => a.map((e) => e.getAttribute('data-place')).sort()),
    ).toEqual(candidates.map((c) => c.slug).sort());
    expect(await map.locator('a[data-role="venue"]').count()).toBe(0);
    // East is right and north is up, as the API's coordinates say.
    const at = async (slug: string) => {
      const dot = map.locator(`a[data-place="${slug}"] circle`);
      return { x: Number(await dot.getAttribute('cx')), y: Number(await dot.getAttribute('cy')) };
    };
    const [a, b] = candidates as [MapPlace, MapPlace];
    const [pa, pb] = [await at(a.slug), await at(b.slug)];
    expect(Math.sign(pa.x - pb.x)).toBe(
      Math.sign((a.coordinates?.longitude ?? 0) - (b.coordinates?.longitude ?? 0)),
    );
    expect(Math.sign(pb.y - pa.y)).toBe(
      Math.sign((a.coordinates?.latitude ?? 0) - (b.coordinates?.latitude ?? 0)),
    );
    await map.locator(`a[data-place="${a.slug}"] circle`).click({ force: true });
    await site.page.waitForURL(`**/places#place-${a.slug}`);
    expect(await site.page.locator(`#place-${a.slug}`).innerText()).toContain(
      'Reported as a candidate for Second U.S.–North Korea summit',
    );
    await visit('/summits/second-us-north-korea-2019');
    await record('summit');
  });

  it('summit and meeting pages: the venue', async () => {
    const { summit, meeting } = await api<{
      summit: { location: MapPlace };
      meeting: { location: MapPlace };
    }>(
      '{ summit(slug: "singapore-2018") { location { slug coordinates { latitude longitude } } } meeting(slug: "trump-kim-yong-chol-2019-01-18") { location { slug coordinates { latitude longitude } } } }',
    );
    await visit('/summits/singapore-2018');
    expect(
      await site.page
        .locator(`svg[data-chart="map"] a[data-role="venue"][data-place="${summit.location.slug}"]`)
        .count(),
    ).toBe(1);
    await visit('/meetings/trump-kim-yong-chol-2019-01-18');
    expect(meeting.location.coordinates).not.toBeNull();
    expect(
      await site.page
        .locator(`svg[data-chart="map"] a[data-role="venue"][data-place="${meeting.location.slug}"]`)
        .count(),
    ).toBe(1);
    await record('meeting');
  });

  it('places page: every venue and candidate on a world map and in a list of what names it', async () => {
    const { summits, meetings } = await api<{
      summits: { nodes: { location: MapPlace | null; candidateLocations: { place: MapPlace }[] }[] };
      meetings: { nodes: { location: MapPlace | null }[] };
    }>(
      '{ summits(first: 100) { nodes { location { slug coordinates { latitude longitude } } candidateLocations { place { slug coordinates { latitude longitude } } } } } meetings(first: 100) { nodes { location { slug coordinates { latitude longitude } } } } }',
    );
    const venues = new Set(
      [...summits.nodes, ...meetings.nodes].flatMap((r) => (r.location ? [r.location.slug] : [])),
    );
    const candidates = new Set(summits.nodes.flatMap((s) => s.candidateLocations.map((c) => c.place.slug)));
    expect(await visit('/places')).toBe(200);
    for (const slug of new Set([...venues, ...candidates])) {
      expect(await site.page.locator(`section#place-${slug}`).count(), slug).toBe(1);
      const role = venues.has(slug) ? 'venue' : 'candidate';
      expect(
        await site.page.locator(`svg[data-chart="map"] a[data-place="${slug}"]`).getAttribute('data-role'),
        slug,
      ).toBe(role);
    }
    // A place without its own coordinates is marked at the place that encloses it, and says so.
    const unplaced = [...meetings.nodes].flatMap((m) =>
      m.location && !m.location.coordinates ? [m.location.slug] : [],
    );
    for (const slug of unplaced)
      expect(await site.page.locator(`section#place-${slug}`).innerText()).toContain(
        'Its own spot is not known',
      );
    await record('places');
  });

  it('the header links to the places page beside the other record lists', async () => {
    await visit('/');
    const sections = site.page.getByRole('navigation', { name: 'Sections' });
    expect(await sections.getByRole('link').allInnerTexts()).toContain('Places');
    await sections.getByRole('link', { name: 'Places', exact: true }).click();
    await site.page.waitForURL('**/places');
    expect(await site.page.locator('h1').innerText()).toBe('Places');
    expect(await site.page.locator('svg[data-chart="map"]').count()).toBe(1);
  });
});

describe('what the pictures cost the reader', () => {
  it('no picture adds JavaScript: each page with one loads at most 10 KB gzipped more than a page without', async () => {
    const base = await measureScripts(site.browser, site.stack.siteUrl, '/summits');
    for (const path of [
      '/timeline',
      '/people',
      '/people/kim-yong-chol',
      '/places',
      '/summits/second-us-north-korea-2019',
      '/meetings/trump-kim-yong-chol-2019-01-18',
    ]) {
      const weight = await measureScripts(site.browser, site.stack.siteUrl, path);
      expect(weight.gzipBytes - base.gzipBytes, path).toBeLessThanOrEqual(10 * 1024);
    }
  });
});
