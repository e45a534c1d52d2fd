import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { timelineItems } from '../../lib/charts/timeline-items.ts';

export const TimelineChartItemFragment = graphql(`
  fragment TimelineChartItem on TimelineItem {
    __typename
    ... on Summit {
      slug
      title
      # Aliased apart: a summit's date is nullable, a meeting's and a statement's are not, and the pages that
      # spread this fragment ask for its date with fragments of their own.
      summitDate: date {
        earliest
        latest
        label
      }
      developments {
        sequence
        status
        date {
          earliest
          latest
          label
        }
        citation {
          source {
            publishedAt
          }
        }
      }
    }
    ... on Meeting {
      slug
      title
      recordDate: date {
        earliest
        latest
        label
      }
    }
    ... on Statement {
      slug
      quote
      paraphrase
      speaker {
        name
      }
      organization {
        name
      }
      recordDate: date {
        earliest
        latest
        label
      }
    }
  }
`);

/** The records as the timeline chart draws them. */
export function chartItems(entries: readonly FragmentOf<typeof TimelineChartItemFragment>[]) {
  return timelineItems(
    entries.map((fragment) => {
      const entry = readFragment(TimelineChartItemFragment, fragment);
      return { ...entry, date: entry.__typename === 'Summit' ? entry.summitDate : entry.recordDate };
    }),
  );
}
