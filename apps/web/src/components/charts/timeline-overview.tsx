import Link from 'next/link';
import { graphql } from '../../graphql.ts';
import { withAsOf } from '../../lib/as-of.ts';
import { drawnRange, RANGE_PARAMS, readChartRange } from '../../lib/charts/chart-range.ts';
import { dataRange } from '../../lib/charts/timeline-layout.ts';
import type { SearchParamsInput } from '../../lib/search-params.ts';
import { query } from '../../lib/urql/server.ts';
import styles from './charts.module.css';
import { TimelineChart } from './timeline-chart.tsx';
import { chartItems, TimelineChartItemFragment } from './timeline-chart-item.ts';

const PATH = '/timeline';

const TimelineChartQuery = graphql(
  `
  query TimelineChart($from: Date, $to: Date, $asOf: Date) {
    events: timeline(first: 100, from: $from, to: $to, asOf: $asOf, types: [SUMMIT, MEETING]) {
      totalCount
      nodes {
        ...TimelineChartItem
      }
    }
    statements: timeline(first: 100, from: $from, to: $to, asOf: $asOf, types: [STATEMENT]) {
      totalCount
      nodes {
        ...TimelineChartItem
      }
    }
  }
`,
  [TimelineChartItemFragment],
);

/**
 * What the timeline page's chart draws: the records in the range its address asks for (`?from=&to=`), at most
 * 100 summits and meetings and 100 statements, earliest first. A malformed day is the reader's mistake.
 */
export async function loadTimelineChart(params: SearchParamsInput, asOf: string | null) {
  const asked = readChartRange(params);
  const answer = await query(TimelineChartQuery, { ...asked, asOf });
  const items = chartItems([...answer.events.nodes, ...answer.statements.nodes]);
  const shown = { events: answer.events.nodes.length, statements: answer.statements.nodes.length };
  const totals = { events: answer.events.totalCount, statements: answer.statements.totalCount };
  return { asked, items, range: drawnRange(asked, dataRange(items)), shown, totals };
}

export type TimelineChartData = Awaited<ReturnType<typeof loadTimelineChart>>;

/** The range form: plain GET, so it works without JavaScript and the view it makes can be shared. */
function ZoomForm({ chart, asOf }: { chart: TimelineChartData; asOf: string | null }) {
  const zoomed = chart.asked.from !== null || chart.asked.to !== null;
  return (
    <form method="get" action={PATH} className={styles.zoom} aria-label="Zoom the timeline chart">
      <div>
        <label htmlFor="chart-from">From</label>
        <input id="chart-from" type="date" name={RANGE_PARAMS.from} defaultValue={chart.range?.from ?? ''} />
      </div>
      <div>
        <label htmlFor="chart-to">To</label>
        <input id="chart-to" type="date" name={RANGE_PARAMS.to} defaultValue={chart.range?.to ?? ''} />
      </div>
      {asOf ? <input type="hidden" name="asOf" value={asOf} /> : null}
      <button type="submit">Zoom</button>
      {zoomed ? <Link href={withAsOf(PATH, asOf)}>Whole timeline</Link> : null}
    </form>
  );
}

/** What the chart leaves out when the range holds more than it fetched. */
function CutNote({ chart }: { chart: TimelineChartData }) {
  const cut = [
    chart.totals.events > chart.shown.events
      ? `${chart.shown.events} of ${chart.totals.events} summits and meetings`
      : null,
    chart.totals.statements > chart.shown.statements
      ? `${chart.shown.statements} of ${chart.totals.statements} statements`
      : null,
  ].filter(Boolean);
  if (cut.length === 0) return null;
  return (
    <p className={styles.note}>
      Drawing the earliest {cut.join(' and ')} in this range: zoom in to see the rest.
    </p>
  );
}

/** The timeline page's chart, with its range form and period links. */
export function TimelineOverview({ chart, asOf }: { chart: TimelineChartData; asOf: string | null }) {
  return (
    <TimelineChart
      id="timeline-chart"
      items={chart.items}
      range={chart.range}
      asOf={asOf}
      title="Timeline chart: summits, meetings and statements over time"
      zoomPath={PATH}
      controls={<ZoomForm chart={chart} asOf={asOf} />}
      note={<CutNote chart={chart} />}
    />
  );
}
