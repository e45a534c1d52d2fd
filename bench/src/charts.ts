import { register } from 'node:module';
import { parseArgs } from 'node:util';
import type { Dataset } from '@parley/domain';
import { generateDataset } from '@parley/domain/testing';
import { createElement, type FunctionComponent, isValidElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { median, percentile, round } from './harness/median.ts';

/**
 * How long the site's pictures take to draw on the server (issue 15: under 50 ms at 10,000 statements): the
 * timeline chart, who met whom and the maps, each laid out and rendered to HTML by the site's own components
 * from a synthetic dataset shaped as the API answers it. Run with `npm run charts --workspace @parley/bench`.
 */
const { values } = parseArgs({
  options: { statements: { type: 'string', default: '10000' }, runs: { type: 'string', default: '30' } },
});
const statementCount = Number(values.statements);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 3)
  throw new Error(`--runs must be a whole number ≥ 3, not "${values.runs}"`);
const TARGET_MS = 50;

// The components import CSS modules, which Next compiles; here each class name stands for itself.
register(
  `data:text/javascript,${encodeURIComponent(`export async function load(url, context, next) {
    if (url.endsWith('.css')) return { format: 'module', shortCircuit: true, source: 'export default new Proxy({}, { get: (_, key) => String(key) });' };
    return next(url, context);
  }`)}`,
);

// Loaded by address at run time: the site's components are typed and checked in apps/web, not here.
// biome-ignore lint/suspicious/noExplicitAny: a module of the site, checked by its own package
const web = (path: string): Promise<any> =>
  import(new URL(`../../apps/web/src/${path}`, import.meta.url).href);
const [{ TimelineOverview }, { MeetingGraphChart }, { PlacesMap }] = await Promise.all([
  web('components/charts/timeline-overview.tsx'),
  web('components/charts/meeting-graph-chart.tsx'),
  web('components/charts/places-map.tsx'),
]);
const [{ chartItems }, { graphRecords }, { dataRange }, graphLayout, { busiest, meetingGraph }] =
  await Promise.all([
    web('components/charts/timeline-chart-item.ts'),
    web('components/charts/meeting-graph-record.ts'),
    web('lib/charts/timeline-layout.ts'),
    web('lib/charts/graph-layout.ts'),
    web('lib/charts/meeting-graph.ts'),
  ]);

const dataset: Dataset = generateDataset(statementCount);
const people = new Map(dataset.people.map((p) => [p.id, p]));
const places = new Map(dataset.places.map((p) => [p.id, p]));
const byDate = <T extends { date: { earliest: string } | null }>(list: T[]) =>
  [...list].sort((a, b) => (a.date?.earliest ?? '').localeCompare(b.date?.earliest ?? ''));
const reported = { source: { publishedAt: dataset.sources[0]?.publishedAt ?? '2025-01-01' } };
const speakerOf = (id: string | null) => (id ? { name: people.get(id)?.name ?? '' } : null);

/** Records as the API's timeline answers them. */
const timelineEntries = {
  summits: dataset.summits.map((s) => ({
    __typename: 'Summit',
    slug: s.slug,
    title: s.title,
    summitDate: s.date,
    developments: s.developments.map((d) => ({ ...d, citation: reported })),
  })),
  meetings: dataset.meetings.map((m) => ({
    __typename: 'Meeting',
    slug: m.slug,
    title: m.title,
    recordDate: m.date,
  })),
  statements: dataset.statements.map((s) => ({
    __typename: 'Statement',
    slug: s.slug,
    quote: s.quote,
    paraphrase: s.paraphrase,
    speaker: speakerOf(s.speakerId),
    organization: null,
    recordDate: s.date,
  })),
};
const withDate = <T extends { summitDate?: unknown; recordDate?: unknown }>(e: T) => ({
  ...e,
  date: (e.summitDate ?? e.recordDate) as { earliest: string } | null,
});

/** What /timeline draws: the earliest 100 summits and meetings and 100 statements, as the page fetches them. */
function timelineChart(entries: ReturnType<typeof withDate>[][], cap: number) {
  const [events, statements] = entries.map((list) => byDate(list).slice(0, cap)) as [
    (typeof entries)[0],
    (typeof entries)[0],
  ];
  const items = chartItems([...events, ...statements]);
  const total = (list: unknown[]) => list.length;
  return {
    asked: { from: null, to: null },
    items,
    range: dataRange(items),
    shown: { events: events.length, statements: statements.length },
    totals: { events: total(entries[0] ?? []), statements: total(entries[1] ?? []) },
  };
}

const participantsOf = (list: { personId: string }[]) =>
  list.map((p) => ({
    person: { slug: people.get(p.personId)?.slug ?? '', name: people.get(p.personId)?.name ?? '' },
  }));
const graphEntries = [
  ...byDate(dataset.meetings).map((m) => ({
    __typename: 'Meeting',
    slug: m.slug,
    title: m.title,
    participants: participantsOf(m.participants),
    date: m.date,
  })),
  ...byDate(dataset.summits).map((s) => ({
    __typename: 'Summit',
    slug: s.slug,
    title: s.title,
    participants: participantsOf(s.participants),
    date: s.date,
  })),
];

/** Every place a summit or meeting names, marked as a venue or a candidate, as the places page draws them. */
const mapEntries = (() => {
  const entries = new Map<
    string,
    { slug: string; name: string; role: 'venue' | 'candidate'; location: unknown; href: string }
  >();
  const add = (id: string | null, role: 'venue' | 'candidate') => {
    const place = id ? places.get(id) : undefined;
    if (!place || entries.get(place.slug)?.role === 'venue') return;
    const location = place.coordinates ? { at: place.coordinates, shownAt: null } : null;
    entries.set(place.slug, {
      slug: place.slug,
      name: place.name,
      role,
      location,
      href: `#place-${place.slug}`,
    });
  };
  for (const s of dataset.summits) {
    add(s.locationId, 'venue');
    for (const c of s.candidateLocations) add(c.placeId, 'candidate');
  }
  for (const m of dataset.meetings) add(m.locationId, 'venue');
  return [...entries.values()];
})();

/**
 * Milliseconds to draw one picture (a React element rendered to HTML, or a bare layout): the first run, with
 * every cache and the JIT cold, the median and 95th percentile of the `runs` after it, and their median CPU
 * time, which other processes on the machine do not inflate (wall time is CPU time on an idle core).
 */
function time(name: string, draw: () => ReactElement | object) {
  const samples: { wall: number; cpu: number }[] = [];
  let bytes = 0;
  for (let i = 0; i <= runs; i++) {
    const [started, cpu] = [performance.now(), process.cpuUsage()];
    const drawn = draw();
    const html = isValidElement(drawn) ? renderToStaticMarkup(drawn) : '';
    const used = process.cpuUsage(cpu);
    samples.push({ wall: performance.now() - started, cpu: (used.user + used.system) / 1000 });
    bytes = html.length;
  }
  const [first, ...rest] = samples as [(typeof samples)[0], ...typeof samples];
  const walls = rest.map((s) => s.wall).sort((a, b) => a - b);
  return {
    picture: name,
    firstMs: round(first.wall, 1),
    medianMs: round(median(walls), 1),
    p95Ms: round(percentile(walls, 0.95), 1),
    cpuMs: round(median(rest.map((s) => s.cpu)), 1),
    htmlKb: round(bytes / 1024, 1),
  };
}

const element = (component: FunctionComponent<never>, props: object) =>
  createElement(component, props as never);
const events = [...timelineEntries.summits, ...timelineEntries.meetings].map(withDate);
const statements = timelineEntries.statements.map(withDate);
const atPage = timelineChart([events, statements], 100);
const everything = timelineChart([events, statements], Number.POSITIVE_INFINITY);
const graphAtPage = graphRecords(
  graphEntries
    .filter((e) => e.__typename === 'Meeting')
    .slice(0, 100)
    .concat(graphEntries.filter((e) => e.__typename === 'Summit').slice(0, 100)),
);
const graphAll = graphRecords(graphEntries);
const summit = dataset.summits.find((s) => s.candidateLocations.length > 0) ?? dataset.summits[0];
const aroundEntries = mapEntries.filter(
  (e) =>
    summit &&
    [summit.locationId, ...summit.candidateLocations.map((c) => c.placeId)].includes(`place:${e.slug}`),
);

const results = [
  // What the pages draw: each fetches at most 100 records of a kind from the API.
  time('timeline (/timeline: 100 summits and meetings, 100 statements)', () =>
    element(TimelineOverview, { chart: atPage, asOf: null }),
  ),
  time('who met whom (/people: 100 meetings, their summits)', () =>
    element(MeetingGraphChart, { id: 'g', title: 'Who met whom', records: graphAtPage }),
  ),
  // The graph's layout is kept once made (the same for every reader until a record changes): this is its cost uncached.
  time('who met whom, layout uncached (/people)', () => {
    const graph = busiest(meetingGraph(graphAtPage), graphLayout.GRAPH_MAX_PEOPLE);
    const box = graphLayout.graphBox(graph.people.length);
    return graphLayout.forceLayout(graph, box.width, box.height);
  }),
  time(`world map (/places: ${mapEntries.length} places)`, () =>
    element(PlacesMap, { id: 'm', title: 'Places', entries: mapEntries, view: 'world' }),
  ),
  time(`summit map (${aroundEntries.length} places, zoomed)`, () =>
    element(PlacesMap, { id: 's', title: 'Where', entries: aroundEntries, view: 'around' }),
  ),
  // Every record at once: what the layouts cost if a page drew the whole dataset (no page does).
  time(`timeline, every record (${everything.items.length})`, () =>
    element(TimelineOverview, { chart: everything, asOf: null }),
  ),
  time(`who met whom, every meeting and summit (${graphAll.length})`, () =>
    element(MeetingGraphChart, { id: 'g', title: 'Who met whom', records: graphAll }),
  ),
];

console.log(
  `dataset: ${dataset.statements.length} statements, ${dataset.meetings.length} meetings, ${dataset.summits.length} summits, ${dataset.people.length} people, ${dataset.places.length} places; ${runs} runs each`,
);
console.table(results);
const pages = results.slice(0, 5);
// Judged on CPU time, which is the wall time of a server with a core to itself.
const slow = pages.filter((r) => r.cpuMs >= TARGET_MS);
console.log(
  slow.length === 0
    ? `PASS: every picture a page draws renders in under ${TARGET_MS} ms of CPU (median) at ${statementCount} statements`
    : `FAIL: ${slow.map((r) => r.picture).join('; ')} ${slow.length === 1 ? 'takes' : 'take'} ${TARGET_MS} ms of CPU or more`,
);
process.exitCode = slow.length === 0 ? 0 : 1;
