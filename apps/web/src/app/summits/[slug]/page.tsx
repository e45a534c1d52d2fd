import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CandidateLocationFragment, CandidateLocations } from '../../../components/candidate-locations.tsx';
import { CitationFragment, CitationItem, CitationList } from '../../../components/citation-list.tsx';
import { DateText, DateTextFragment } from '../../../components/date-text.tsx';
import facts from '../../../components/fact-list.module.css';
import { MeetingCard, MeetingCardFragment } from '../../../components/meeting-card.tsx';
import { MoreNote } from '../../../components/more-note.tsx';
import { ParticipantList, ParticipantListItemFragment } from '../../../components/participant-list.tsx';
import { PlaceName, PlaceNameFragment } from '../../../components/place-name.tsx';
import { StatementCard, StatementCardFragment } from '../../../components/statement-card.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import steps from '../../../components/steps.module.css';
import { TopicLinkFragment, TopicLinks } from '../../../components/topic-links.tsx';
import { graphql } from '../../../graphql.ts';
import { listLabel } from '../../../lib/labels.ts';
import { queryRecord } from '../../../lib/urql/server.ts';

const SummitQuery = graphql(
  `
  query Summit($slug: String!) {
    summit(slug: $slug) {
      title
      ordinal
      status
      date {
        ...DateText
      }
      location {
        ...PlaceName
      }
      candidateLocations {
        place {
          name
        }
        ...CandidateLocation
      }
      participants {
        ...ParticipantListItem
      }
      topics {
        ...TopicLink
      }
      developments {
        sequence
        status
        description
        date {
          ...DateText
        }
        citation {
          ...CitationItem
        }
      }
      meetings(orderBy: { field: DATE, direction: ASC }, first: 20) {
        nodes {
          slug
          ...MeetingCard
        }
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
    CitationFragment,
    CandidateLocationFragment,
    ParticipantListItemFragment,
    TopicLinkFragment,
    MeetingCardFragment,
    StatementCardFragment,
  ],
);

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props['params']) {
  const { slug } = await params;
  const { summit } = await queryRecord(SummitQuery, { slug });
  if (!summit) notFound();
  return summit;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).title };
}

/** A summit: status, date and place, the developments over time, its meetings and statements, its sources. */
export default async function SummitPage({ params }: Props) {
  const summit = await load(params);
  const candidates = summit.candidateLocations;
  return (
    <article>
      <h1>{summit.title}</h1>
      <dl className={facts.facts}>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={summit.status} />
        </dd>
        <dt>When</dt>
        <dd>{summit.date ? <DateText date={summit.date} words /> : 'Not yet known'}</dd>
        <dt>Where</dt>
        <dd>
          {summit.location ? <PlaceName place={summit.location} /> : 'To be announced'}
          {summit.location === null && candidates.length > 0
            ? ` (reported candidates: ${listLabel(candidates.map((c) => c.place.name))})`
            : null}
        </dd>
        <dt>Who</dt>
        <dd>
          <ParticipantList participants={summit.participants} />
        </dd>
        <dt>Topics</dt>
        <dd>
          <TopicLinks topics={summit.topics} />
        </dd>
      </dl>

      {candidates.length > 0 ? (
        <section aria-labelledby="candidates">
          <h2 id="candidates">Places reported as candidates</h2>
          <CandidateLocations candidates={candidates} />
        </section>
      ) : null}

      <section aria-labelledby="developments">
        <h2 id="developments">Developments</h2>
        <ol className={steps.steps}>
          {summit.developments.map((development) => (
            <li key={development.sequence}>
              <p>
                <strong>{development.date ? <DateText date={development.date} /> : 'Date not given'}</strong>{' '}
                — <StatusBadge status={development.status} /> {development.description}
              </p>
              <CitationItem citation={development.citation} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="meetings">
        <h2 id="meetings">Meetings</h2>
        {summit.meetings.nodes.length === 0 ? <p>No meetings are recorded for this summit.</p> : null}
        {summit.meetings.nodes.map((meeting) => (
          <MeetingCard key={meeting.slug} meeting={meeting} />
        ))}
      </section>

      <section aria-labelledby="statements">
        <h2 id="statements">Statements</h2>
        {summit.statements.nodes.length === 0 ? <p>No statements are recorded about this summit.</p> : null}
        {summit.statements.nodes.map((statement) => (
          <StatementCard key={statement.slug} statement={statement} />
        ))}
        <MoreNote shown={summit.statements.nodes.length} total={summit.statements.totalCount} />
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources">Sources</h2>
        <CitationList citations={summit.citations} />
      </section>
    </article>
  );
}
