import { graphql } from '../../graphql.ts';
import { query } from '../../lib/urql/server.ts';
import { MoreNote } from '../more-note.tsx';
import { MeetingGraphChart } from './meeting-graph-chart.tsx';
import { graphRecords, MeetingGraphRecordFragment } from './meeting-graph-record.ts';

const PeopleGraphQuery = graphql(
  `
  query PeopleGraph {
    meetings(orderBy: { field: DATE, direction: ASC }, first: 100) {
      totalCount
      nodes {
        ...MeetingGraphRecord
      }
    }
    summits(orderBy: { field: DATE, direction: ASC }, first: 100) {
      totalCount
      nodes {
        ...MeetingGraphRecord
      }
    }
  }
`,
  [MeetingGraphRecordFragment],
);

/** What the people page's graph draws: the earliest 100 meetings and 100 summits with who took part. */
export async function loadPeopleGraph() {
  const { meetings, summits } = await query(PeopleGraphQuery, {});
  return {
    records: graphRecords([...meetings.nodes, ...summits.nodes]),
    shown: meetings.nodes.length + summits.nodes.length,
    total: meetings.totalCount + summits.totalCount,
  };
}

export type PeopleGraphData = Awaited<ReturnType<typeof loadPeopleGraph>>;

/** Everyone who met anyone, on the people page. */
export function PeopleGraph({ graph }: { graph: PeopleGraphData }) {
  return (
    <MeetingGraphChart
      id="who-met-whom"
      title="Who met whom"
      records={graph.records}
      note={<MoreNote shown={graph.shown} total={graph.total} />}
    />
  );
}
