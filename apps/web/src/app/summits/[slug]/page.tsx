import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AsOfPanel } from '../../../components/as-of/as-of-panel.tsx';
import { NotYetReported } from '../../../components/as-of/not-yet-reported.tsx';
import { recordMetadata, wrongAddressMetadata } from '../../../components/as-of/record-metadata.ts';
import { ReportSteps } from '../../../components/as-of/report-steps.tsx';
import { withBadAddress } from '../../../components/bad-address.tsx';
import { CandidateLocationFragment, CandidateLocations } from '../../../components/candidate-locations.tsx';
import { SummitMap, SummitMapFragment } from '../../../components/charts/summit-map.tsx';
import { SummitTimeline, SummitTimelineFragment } from '../../../components/charts/summit-timeline.tsx';
import { CitationFragment, CitationList, CitationOnce } from '../../../components/citation-list.tsx';
import { DateText, DateTextFragment } from '../../../components/date-text.tsx';
import { EditorBar } from '../../../components/editor-bar.tsx';
import facts from '../../../components/fact-list.module.css';
import { HydrateLater } from '../../../components/hydrate-later.tsx';
import { LiveUpdates } from '../../../components/live/live-updates.tsx';
import { MeetingCard, MeetingCardFragment } from '../../../components/meeting-card.tsx';
import { MoreNote } from '../../../components/more-note.tsx';
import { ParticipantList, ParticipantListItemFragment } from '../../../components/participant-list.tsx';
import { PlaceName, PlaceNameFragment } from '../../../components/place-name.tsx';
import { RetractedNotice } from '../../../components/retracted-notice.tsx';
import { SourceMark } from '../../../components/source-mark.tsx';
import { StatementCard, StatementCardFragment } from '../../../components/statement-card.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import steps from '../../../components/steps.module.css';
import { TopicLinkFragment, TopicLinks } from '../../../components/topic-links.tsx';
import { graphql, readFragment } from '../../../graphql.ts';
import { firstReportedOn, parseAsOf, readAsOf } from '../../../lib/as-of.ts';
import { publicPath } from '../../../lib/desk-paths.ts';
import { developmentAnchor, summitFactAnchors } from '../../../lib/fact-sources.ts';
import { listLabel } from '../../../lib/labels.ts';
import { listedExcerpts, numberedPlaces } from '../../../lib/listed-excerpts.ts';
import { queryRecord } from '../../../lib/urql/server.ts';

const SummitQuery = graphql(
  `
  query Summit($slug: String!, $asOf: Date) {
    summit(slug: $slug, asOf: $asOf) {
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
      ...SummitMap
      ...SummitTimeline
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
      meetings(orderBy: { field: DATE, direction: ASC }, first: 20, asOf: $asOf) {
        nodes {
          slug
          ...MeetingCard
        }
      }
      statements(orderBy: { field: DATE, direction: ASC }, first: 20, asOf: $asOf) {
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
    # Today's record: whether the summit exists at all, its retraction, and every report to step through.
    record: summit(slug: $slug) {
      id
      title
      retractionReason
      developments {
        sequence
        status
        citation {
          source {
            publishedAt
          }
        }
      }
      citations {
        source {
          publishedAt
        }
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
    SummitMapFragment,
    SummitTimelineFragment,
  ],
);

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ asOf?: string | string[] }>;
};

/** The summit as of the day asked (null before its first report) and today's record (a 404 when there is none). */
async function load(slug: string, asOf: string | null) {
  const { summit, record } = await queryRecord(SummitQuery, { slug, asOf });
  if (!record) notFound();
  return { summit, record };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const day = parseAsOf((await searchParams).asOf);
  if (!day.ok) return wrongAddressMetadata;
  const { record } = await load((await params).slug, day.asOf);
  return recordMetadata(record.title, { asOf: day.asOf, retracted: record.retractionReason !== null });
}

/**
 * A summit: status, date and place, the developments over time, its meetings and statements, its sources —
 * as of today or, with `?asOf=`, as the sources had reported it by a past day.
 */
async function SummitPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const asOf = readAsOf((await searchParams).asOf);
  const { summit, record } = await load(slug, asOf);
  const path = publicPath('summits', slug);
  const header = (
    <>
      <h1>{record.title}</h1>
      <EditorBar kind="summits" slug={slug} />
      <RetractedNotice reason={record.retractionReason} />
      {asOf ? null : <LiveUpdates summitId={record.id} />}
    </>
  );
  const panel = (
    <AsOfPanel path={path} asOf={asOf}>
      <ReportSteps
        path={path}
        asOf={asOf}
        steps={record.developments.map((d) => ({
          sequence: d.sequence,
          status: d.status,
          reportedOn: d.citation.source.publishedAt,
        }))}
      />
    </AsOfPanel>
  );
  // Only a past day can come before the summit's first report.
  if (!summit)
    return (
      <article>
        {header}
        {asOf ? (
          <NotYetReported
            asOf={asOf}
            what="summit"
            path={path}
            firstReported={firstReportedOn([
              ...record.citations,
              ...record.developments.map((d) => d.citation),
            ])}
          />
        ) : null}
        {panel}
      </article>
    );
  const candidates = summit.candidateLocations;
  const sources = summitFactAnchors(
    summit.developments.map((d) => ({ sequence: d.sequence, dated: d.date !== null })),
  );
  // Each excerpt printed once: in the Sources list, else at its first development; the facts link to it there.
  const listed = listedExcerpts([
    ...numberedPlaces(
      summit.citations.map((c) => readFragment(CitationFragment, c)),
      'Sources',
    ),
    ...numberedPlaces(
      summit.developments.map((d) => ({
        ...readFragment(CitationFragment, d.citation),
        sequence: d.sequence,
      })),
      'Developments',
      (d) => developmentAnchor(d.sequence),
    ),
  ]);
  const listedAt = (development: (typeof summit.developments)[number]) =>
    listed(readFragment(CitationFragment, development.citation), developmentAnchor(development.sequence));
  const listedAnchors = new Map(
    summit.developments.map((d) => [developmentAnchor(d.sequence), listedAt(d)?.anchor]),
  );
  const hash = (anchor: string | null) => (anchor ? `#${listedAnchors.get(anchor) ?? anchor}` : null);
  return (
    <article>
      {header}
      {panel}
      <dl className={facts.facts}>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={summit.status} />
          <SourceMark href={hash(sources.status)} fact="the status" />
        </dd>
        <dt>When</dt>
        <dd>
          {summit.date ? <DateText date={summit.date} words /> : 'Not yet known'}
          <SourceMark href={summit.date ? hash(sources.date) : null} fact="the date" />
        </dd>
        <dt>Where</dt>
        <dd>
          {summit.location ? <PlaceName place={summit.location} /> : 'To be announced'}
          {summit.location === null && candidates.length > 0
            ? ` (reported candidates: ${listLabel(candidates.map((c) => c.place.name))})`
            : null}
          <SourceMark href={hash(sources.place)} fact="the place" />
        </dd>
        <dt>Who</dt>
        <dd>
          <ParticipantList participants={summit.participants} />
          <SourceMark href={summit.citations.length > 0 ? '#source-1' : null} fact="the participants" />
        </dd>
        <dt>Topics</dt>
        <dd>
          <TopicLinks topics={summit.topics} />
        </dd>
      </dl>
      {/* Below the facts each part hydrates on its own, so hydrating the page is never one long task. */}
      <HydrateLater>
        <SummitMap summit={summit} />
      </HydrateLater>

      {candidates.length > 0 ? (
        <HydrateLater>
          <section aria-labelledby="candidates">
            <h2 id="candidates">Places reported as candidates</h2>
            <CandidateLocations candidates={candidates} listedAt={listed} />
          </section>
        </HydrateLater>
      ) : null}

      <HydrateLater>
        <SummitTimeline summit={summit} asOf={asOf} />
      </HydrateLater>
      <HydrateLater>
        <section aria-labelledby="developments">
          <h2 id="developments">Developments</h2>
          <ol className={steps.steps}>
            {summit.developments.map((development) => (
              <li key={development.sequence}>
                <p>
                  <strong>
                    {development.date ? <DateText date={development.date} /> : 'Date not given'}
                  </strong>{' '}
                  — <StatusBadge status={development.status} /> {development.description}
                </p>
                <CitationOnce
                  citation={development.citation}
                  id={developmentAnchor(development.sequence)}
                  listedAt={listedAt(development)}
                />
              </li>
            ))}
          </ol>
        </section>
      </HydrateLater>

      <HydrateLater>
        <section aria-labelledby="meetings">
          <h2 id="meetings">Meetings</h2>
          {summit.meetings.nodes.length === 0 ? <p>No meetings are recorded for this summit.</p> : null}
          {summit.meetings.nodes.map((meeting) => (
            <MeetingCard key={meeting.slug} meeting={meeting} />
          ))}
        </section>
      </HydrateLater>

      <HydrateLater>
        <section aria-labelledby="statements">
          <h2 id="statements">Statements</h2>
          {summit.statements.nodes.length === 0 ? <p>No statements are recorded about this summit.</p> : null}
          {summit.statements.nodes.map((statement) => (
            <StatementCard key={statement.slug} statement={statement} />
          ))}
          <MoreNote shown={summit.statements.nodes.length} total={summit.statements.totalCount} />
        </section>
      </HydrateLater>

      <HydrateLater>
        <section aria-labelledby="sources">
          <h2 id="sources">Sources</h2>
          <CitationList citations={summit.citations} />
        </section>
      </HydrateLater>
    </article>
  );
}

export default withBadAddress(SummitPage, { href: '/summits', label: 'All summits' });
