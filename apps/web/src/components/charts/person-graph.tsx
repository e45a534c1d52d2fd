import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { MeetingGraphChart } from './meeting-graph-chart.tsx';
import { graphRecords, MeetingGraphRecordFragment } from './meeting-graph-record.ts';

// Aliased lists, so the page's own lists of meetings and summits keep whatever arguments they take.
export const PersonGraphFragment = graphql(
  `
  fragment PersonGraph on Person {
    slug
    name
    graphMeetings: meetings(orderBy: { field: DATE, direction: ASC }, first: 20, asOf: $asOf) {
      nodes {
        ...MeetingGraphRecord
      }
    }
    graphSummits: summits(orderBy: { field: DATE, direction: ASC }, first: 10, asOf: $asOf) {
      nodes {
        ...MeetingGraphRecord
      }
    }
  }
`,
  [MeetingGraphRecordFragment],
);

/** Whom a person met, on their page: the people of their meetings and summits, with them marked. */
export function PersonGraph({
  person,
  asOf,
}: {
  person: FragmentOf<typeof PersonGraphFragment>;
  asOf: string | null;
}) {
  const p = readFragment(PersonGraphFragment, person);
  return (
    <MeetingGraphChart
      id="person-met"
      title={`Whom ${p.name} met`}
      records={graphRecords([...p.graphMeetings.nodes, ...p.graphSummits.nodes])}
      focus={p.slug}
      asOf={asOf}
    />
  );
}
