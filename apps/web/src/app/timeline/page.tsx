import type { Metadata } from 'next';
import Link from 'next/link';
import { AsOfPanel } from '../../components/as-of/as-of-panel.tsx';
import { withBadAddress } from '../../components/bad-address.tsx';
import { loadTimelineChart, TimelineOverview } from '../../components/charts/timeline-overview.tsx';
import { DateText, DateTextFragment } from '../../components/date-text.tsx';
import { SourceMark } from '../../components/source-mark.tsx';
import { graphql, type ResultOf } from '../../graphql.ts';
import { readAsOf, withAsOf } from '../../lib/as-of.ts';
import { rangeParams } from '../../lib/charts/chart-range.ts';
import { groupByMonth } from '../../lib/dates.ts';
import { developmentAnchor, summitFactAnchors } from '../../lib/fact-sources.ts';
import { recordLink } from '../../lib/record-link.ts';
import { query } from '../../lib/urql/server.ts';
import styles from './timeline.module.css';

export const metadata: Metadata = { title: 'Timeline' };

const TimelineQuery = graphql(
  `
  query Timeline($after: String, $asOf: Date) {
    timeline(first: 50, after: $after, asOf: $asOf) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        __typename
        ... on Summit {
          slug
          title
          # Aliased: a summit's date is nullable, a meeting's and a statement's are not.
          summitDate: date {
            earliest
            latest
            precision
            ...DateText
          }
          developments {
            sequence
            date {
              earliest
            }
          }
        }
        ... on Meeting {
          slug
          title
          date {
            earliest
            latest
            precision
            ...DateText
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
          date {
            earliest
            latest
            precision
            ...DateText
          }
        }
      }
    }
  }
`,
  [DateTextFragment],
);

type Props = { searchParams: Promise<{ after?: string | string[]; asOf?: string | string[] }> };

type Entry = ResultOf<typeof TimelineQuery>['timeline']['nodes'][number];

/** The date of any entry; summits without one are left off the timeline by the API. */
const dateOf = (entry: Entry) => (entry.__typename === 'Summit' ? entry.summitDate : entry.date);

/** The anchor, on an entry's page, of the excerpt its date comes from. */
function dateSource(entry: Entry): string {
  if (entry.__typename !== 'Summit') return 'source-1';
  const dated = entry.developments.map((d) => ({ sequence: d.sequence, dated: d.date !== null }));
  return summitFactAnchors(dated).date ?? developmentAnchor(1);
}

/**
 * Every dated record in date order, grouped by month; a date known only as a window stays a window. With
 * `?asOf=`, the records as the sources had reported them by that day.
 */
async function TimelinePage({ searchParams }: Props) {
  const params = await searchParams;
  const asOf = readAsOf(params.asOf);
  const cursor = (Array.isArray(params.after) ? params.after[0] : params.after) ?? null;
  const { timeline } = await query(TimelineQuery, { after: cursor, asOf });
  const chart = await loadTimelineChart(params, asOf);
  const dated = timeline.nodes.flatMap((entry) => {
    const date = dateOf(entry);
    return date ? [{ entry, date }] : [];
  });
  const groups = groupByMonth(dated, (item) => item.date);
  return (
    <>
      <h1>Timeline</h1>
      <AsOfPanel path="/timeline" asOf={asOf} keep={rangeParams(chart.asked)} />
      <TimelineOverview chart={chart} asOf={asOf} />
      <p>
        {timeline.totalCount} dated records, earliest first. A date the sources give only as a window (“late
        February”, “after that summit”) is shown as that window, never as a single day.
      </p>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`month-${group.key}`} className={styles.month}>
          <h2 id={`month-${group.key}`}>{group.heading}</h2>
          <ol className={styles.entries}>
            {group.items.map(({ entry, date }) => {
              const { kind, href, text } = recordLink(entry);
              return (
                <li key={href} className={styles.entry}>
                  <span className={styles.when}>
                    <DateText date={date} />
                  </span>
                  <span className={styles.kind}>{kind}</span>
                  <span className={styles.what}>
                    <Link href={withAsOf(href, asOf)}>{text}</Link>
                    <SourceMark
                      href={`${withAsOf(href, asOf)}#${dateSource(entry)}`}
                      fact={`this ${kind.toLowerCase()}’s date`}
                    />
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      {timeline.pageInfo.hasNextPage && timeline.pageInfo.endCursor ? (
        <nav aria-label="Pages of the timeline">
          <Link href={withAsOf(`/timeline?after=${encodeURIComponent(timeline.pageInfo.endCursor)}`, asOf)}>
            Later records
          </Link>
        </nav>
      ) : null}
    </>
  );
}

export default withBadAddress(TimelinePage, { href: '/timeline', label: 'The timeline from its start' });
