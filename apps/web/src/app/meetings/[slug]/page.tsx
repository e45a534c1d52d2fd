import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RecordArticle } from '../../../components/as-of/record-article.tsx';
import { recordMetadata, wrongAddressMetadata } from '../../../components/as-of/record-metadata.ts';
import { withBadAddress } from '../../../components/bad-address.tsx';
import { MeetingMap, MeetingMapFragment } from '../../../components/charts/meeting-map.tsx';
import { CitationFragment, CitationList } from '../../../components/citation-list.tsx';
import { DateText, DateTextFragment } from '../../../components/date-text.tsx';
import facts from '../../../components/fact-list.module.css';
import { MoreNote } from '../../../components/more-note.tsx';
import { ParticipantList, ParticipantListItemFragment } from '../../../components/participant-list.tsx';
import { PlaceName, PlaceNameFragment } from '../../../components/place-name.tsx';
import { SourceMark } from '../../../components/source-mark.tsx';
import { StatementCard, StatementCardFragment } from '../../../components/statement-card.tsx';
import { TopicLinkFragment, TopicLinks } from '../../../components/topic-links.tsx';
import { graphql } from '../../../graphql.ts';
import { parseAsOf, readAsOf, reportedCitations, withAsOf } from '../../../lib/as-of.ts';
import { durationLabel } from '../../../lib/labels.ts';
import { queryRecord } from '../../../lib/urql/server.ts';

const MeetingQuery = graphql(
  `
  query Meeting($slug: String!, $asOf: Date) {
    meeting(slug: $slug) {
      title
      retractionReason
      description
      date {
        ...DateText
      }
      durationMinutes
      location {
        ...PlaceName
      }
      ...MeetingMap
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
      statements(orderBy: { field: DATE, direction: ASC }, first: 20, asOf: $asOf) {
        totalCount
        nodes {
          slug
          ...StatementCard
        }
      }
      citations {
        source {
          publishedAt
        }
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
    MeetingMapFragment,
  ],
);

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ asOf?: string | string[] }>;
};

async function load(slug: string, asOf: string | null) {
  const { meeting } = await queryRecord(MeetingQuery, { slug, asOf });
  if (!meeting) notFound();
  return meeting;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const day = parseAsOf((await searchParams).asOf);
  if (!day.ok) return wrongAddressMetadata;
  const meeting = await load((await params).slug, day.asOf);
  return recordMetadata(meeting.title, { asOf: day.asOf, retracted: meeting.retractionReason !== null });
}

/**
 * A meeting: who met whom and in what role, when, where (with the places enclosing it), how long, sources.
 * `meeting(slug)` cannot look back, so `?asOf=` is applied here the way the API applies it to a meeting in a
 * list: the meeting as recorded, cited by the sources published by that day, and not yet there before the first.
 */
async function MeetingPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const asOf = readAsOf((await searchParams).asOf);
  const meeting = await load(slug, asOf);
  const citations = reportedCitations(meeting.citations, asOf);
  // A meeting's facts come from its citations together: each links to the first excerpt, above the rest.
  const source = citations.length > 0 ? '#source-1' : null;
  return (
    <RecordArticle
      heading={meeting.title}
      kind="meetings"
      slug={slug}
      what="meeting"
      retractionReason={meeting.retractionReason}
      citations={meeting.citations}
      asOf={asOf}
    >
      {meeting.description ? <p>{meeting.description}</p> : null}
      <dl className={facts.facts}>
        <dt>Who</dt>
        <dd>
          <ParticipantList participants={meeting.participants} />
          <SourceMark href={source} fact="the participants" />
        </dd>
        <dt>When</dt>
        <dd>
          <DateText date={meeting.date} words />
          <SourceMark href={source} fact="the date" />
        </dd>
        <dt>Where</dt>
        <dd>
          {meeting.location ? <PlaceName place={meeting.location} /> : 'Not stated by the sources'}
          <SourceMark href={meeting.location ? source : null} fact="the place" />
        </dd>
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
              <Link href={withAsOf(`/summits/${meeting.summit.slug}`, asOf)}>{meeting.summit.title}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      <MeetingMap meeting={meeting} />

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
        <CitationList citations={citations} />
      </section>
    </RecordArticle>
  );
}

export default withBadAddress(MeetingPage, { href: '/timeline', label: 'The timeline of every record' });
