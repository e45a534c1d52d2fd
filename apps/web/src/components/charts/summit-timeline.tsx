import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { dataRange } from '../../lib/charts/timeline-layout.ts';
import { MoreNote } from '../more-note.tsx';
import { TimelineChart } from './timeline-chart.tsx';
import { chartItems, TimelineChartItemFragment } from './timeline-chart-item.ts';

// Aliased lists, so the page's own lists of meetings and statements keep whatever arguments they take.
export const SummitTimelineFragment = graphql(
  `
  fragment SummitTimeline on Summit {
    title
    ...TimelineChartItem
    chartMeetings: meetings(orderBy: { field: DATE, direction: ASC }, first: 20, asOf: $asOf) {
      nodes {
        ...TimelineChartItem
      }
    }
    chartStatements: statements(orderBy: { field: DATE, direction: ASC }, first: 20, asOf: $asOf) {
      totalCount
      nodes {
        ...TimelineChartItem
      }
    }
  }
`,
  [TimelineChartItemFragment],
);

/** A summit page's compact timeline: the summit's date and status changes, its meetings and statements. */
export function SummitTimeline({
  summit,
  asOf,
}: {
  summit: FragmentOf<typeof SummitTimelineFragment>;
  asOf: string | null;
}) {
  const s = readFragment(SummitTimelineFragment, summit);
  const items = chartItems([s, ...s.chartMeetings.nodes, ...s.chartStatements.nodes]);
  return (
    <TimelineChart
      id="summit-timeline"
      compact
      items={items}
      range={dataRange(items)}
      asOf={asOf}
      title={`${s.title} over time: its status changes, meetings and statements`}
      note={<MoreNote shown={s.chartStatements.nodes.length} total={s.chartStatements.totalCount} />}
    />
  );
}
