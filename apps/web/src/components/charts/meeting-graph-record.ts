import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import type { GraphRecord } from '../../lib/charts/meeting-graph.ts';
import { recordLink } from '../../lib/record-link.ts';

export const MeetingGraphRecordFragment = graphql(`
  fragment MeetingGraphRecord on TimelineItem {
    __typename
    ... on Meeting {
      slug
      title
      participants {
        person {
          slug
          name
        }
      }
    }
    ... on Summit {
      slug
      title
      participants {
        person {
          slug
          name
        }
      }
    }
  }
`);

/** Meetings and summits as the who-met-whom graph takes them: each with its page and the people in it. */
export function graphRecords(
  entries: readonly FragmentOf<typeof MeetingGraphRecordFragment>[],
): GraphRecord[] {
  return entries.flatMap((fragment) => {
    const entry = readFragment(MeetingGraphRecordFragment, fragment);
    if (entry.__typename === 'Statement') return [];
    const { kind, href, text } = recordLink(entry);
    return [
      { kind: kind as GraphRecord['kind'], href, text, people: entry.participants.map((p) => p.person) },
    ];
  });
}
