import { headers } from 'next/headers';
import Link from 'next/link';
import { AsOfPanel } from '../components/as-of/as-of-panel.tsx';
import { withBadAddress } from '../components/bad-address.tsx';
import { HydrateLater } from '../components/hydrate-later.tsx';
import { LiveUpdates } from '../components/live/live-updates.tsx';
import { MeetingCard, MeetingCardFragment } from '../components/meeting-card.tsx';
import { StatementCard, StatementCardFragment } from '../components/statement-card.tsx';
import { graphql } from '../graphql.ts';
import { publicApiUrl } from '../lib/api-url.ts';
import { readAsOf } from '../lib/as-of.ts';
import { UPCOMING_STATUSES } from '../lib/labels.ts';
import { query } from '../lib/urql/server.ts';
import { NextSummit, NextSummitFragment } from './_home/next-summit.tsx';
import styles from './page.module.css';

const HomeQuery = graphql(
  `
  query Home($upcoming: [SummitStatus!], $asOf: Date) {
    next: summits(
      filterBy: { statuses: $upcoming }
      orderBy: { field: DATE, direction: ASC }
      first: 1
      asOf: $asOf
    ) {
      nodes {
        ...NextSummit
      }
    }
    statements(orderBy: { field: DATE, direction: DESC }, first: 4, asOf: $asOf) {
      nodes {
        slug
        ...StatementCard
      }
    }
    meetings(orderBy: { field: DATE, direction: DESC }, first: 3, asOf: $asOf) {
      nodes {
        slug
        ...MeetingCard
      }
    }
    stats {
      summits
      meetings
      statements
      people
      sources
    }
  }
`,
  [NextSummitFragment, StatementCardFragment, MeetingCardFragment],
);

type Props = { searchParams: Promise<{ asOf?: string | string[] }> };

/** Home: the next summit at a glance, then the latest meetings and statements — today, or as of a past day. */
async function HomePage({ searchParams }: Props) {
  const asOf = readAsOf((await searchParams).asOf);
  const data = await query(HomeQuery, { upcoming: [...UPCOMING_STATUSES], asOf });
  const next = data.next.nodes[0];
  const { stats } = data;
  return (
    <>
      <h1 className={styles.title}>Parley</h1>
      <p className={styles.lede}>
        {/* People counts everyone named (participants too), not only speakers: never "statements by N people". */}
        A sourced record of diplomacy: {stats.summits} summits, {stats.meetings} meetings and{' '}
        {stats.statements} statements, naming {stats.people} people, each cited to{' '}
        {stats.sources === 1 ? 'the one source recorded so far' : `one of ${stats.sources} sources`}.
      </p>
      <AsOfPanel path="/" asOf={asOf} />
      {asOf ? null : <LiveUpdates />}
      {/* Below the lede each part hydrates on its own, so hydrating the page is never one long task. */}
      <HydrateLater>
        {next ? <NextSummit summit={next} /> : <p>No summit is announced or scheduled.</p>}
      </HydrateLater>
      <div className={styles.columns}>
        <HydrateLater>
          <section aria-labelledby="recent-meetings">
            <h2 id="recent-meetings">Recent meetings</h2>
            {data.meetings.nodes.map((meeting) => (
              <MeetingCard key={meeting.slug} meeting={meeting} />
            ))}
          </section>
        </HydrateLater>
        <HydrateLater>
          <section aria-labelledby="recent-statements">
            <h2 id="recent-statements">Recent statements</h2>
            {data.statements.nodes.map((statement) => (
              <StatementCard key={statement.slug} statement={statement} />
            ))}
            <p>
              <Link href="/statements">All statements</Link>
            </p>
          </section>
        </HydrateLater>
      </div>
      <section aria-labelledby="ask" className={styles.ask}>
        <h2 id="ask">Ask your own questions</h2>
        <p>
          Everything here comes from Parley's GraphQL API. Open the{' '}
          <a href={publicApiUrl((await headers()).get('host'))}>GraphQL playground</a> to query it directly,
          e.g. every statement on denuclearization with its speaker and source.
        </p>
      </section>
    </>
  );
}

export default withBadAddress(HomePage, { href: '/timeline', label: 'The timeline of every record' });
