import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CitationFragment, CitationList } from '../../../components/citation-list.tsx';
import { DateText, DateTextFragment } from '../../../components/date-text.tsx';
import facts from '../../../components/fact-list.module.css';
import { MoreNote } from '../../../components/more-note.tsx';
import { ParticipantList, ParticipantListItemFragment } from '../../../components/participant-list.tsx';
import { PlaceName, PlaceNameFragment } from '../../../components/place-name.tsx';
import { StatementCard, StatementCardFragment } from '../../../components/statement-card.tsx';
import { TopicLinkFragment, TopicLinks } from '../../../components/topic-links.tsx';
import { graphql } from '../../../graphql.ts';
import { durationLabel } from '../../../lib/labels.ts';
import { queryRecord } from '../../../lib/urql/server.ts';

const MeetingQuery = graphql(
  `
  query Meeting($slug: String!) {
    meeting(slug: $slug) {
      title
      description
      date {
        ...DateText
      }
      durationMinutes
      location {
        ...PlaceName
      }
      participants {
        ...ParticipantListItem
      }
      topics {
        ...TopicLink
      }
      summit {
        slug
        title
      }
      statements(orderBy: { field: DATE, direction: ASC }, first: 20) {
        totalCount
        nodes {
          slug
          ...StatementCard
        }
      }
      citations {
        ...CitationItem
      }
    }
  }
`,
  [
    DateTextFragment,
    PlaceNameFragment,
    ParticipantListItemFragment,
    TopicLinkFragment,
    CitationFragment,
    StatementCardFragment,
  ],
);

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props['params']) {
  const { slug } = await params;
  const { meeting } = await queryRecord(MeetingQuery, { slug });
  if (!meeting) notFound();
  return meeting;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).title };
}

/** A meeting: who met whom and in what role, when, where (with the places enclosing it), how long, sources. */
export default async function MeetingPage({ params }: Props) {
  const meeting = await load(params);
  return (
    <article>
      <h1>{meeting.title}</h1>
      {meeting.description ? <p>{meeting.description}</p> : null}
      <dl className={facts.facts}>
        <dt>Who</dt>
        <dd>
          <ParticipantList participants={meeting.participants} />
        </dd>
        <dt>When</dt>
        <dd>
          <DateText date={meeting.date} words />
        </dd>
        <dt>Where</dt>
        <dd>{meeting.location ? <PlaceName place={meeting.location} /> : 'Not stated by the sources'}</dd>
        <dt>How long</dt>
        <dd>
          {meeting.durationMinutes ? durationLabel(meeting.durationMinutes) : 'Not stated by the sources'}
        </dd>
        <dt>Topics</dt>
        <dd>
          <TopicLinks topics={meeting.topics} />
        </dd>
        {meeting.summit ? (
          <>
            <dt>Prepares</dt>
            <dd>
              <Link href={`/summits/${meeting.summit.slug}`}>{meeting.summit.title}</Link>
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="statements">
        <h2 id="statements">Statements about this meeting</h2>
        {meeting.statements.nodes.length === 0 ? <p>No statements are recorded about this meeting.</p> : null}
        {meeting.statements.nodes.map((statement) => (
          <StatementCard key={statement.slug} statement={statement} />
        ))}
        <MoreNote shown={meeting.statements.nodes.length} total={meeting.statements.totalCount} />
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources">Sources</h2>
        <CitationList citations={meeting.citations} />
      </section>
    </article>
  );
}
