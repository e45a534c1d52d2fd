import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AsOfPanel } from '../../../components/as-of/as-of-panel.tsx';
import { recordMetadata, wrongAddressMetadata } from '../../../components/as-of/record-metadata.ts';
import { withBadAddress } from '../../../components/bad-address.tsx';
import { PersonGraph, PersonGraphFragment } from '../../../components/charts/person-graph.tsx';
import { CitationFragment, CitationItem } from '../../../components/citation-list.tsx';
import { DateText, DateTextFragment } from '../../../components/date-text.tsx';
import { EditorBar } from '../../../components/editor-bar.tsx';
import { MeetingCard, MeetingCardFragment } from '../../../components/meeting-card.tsx';
import { MoreNote } from '../../../components/more-note.tsx';
import { RetractedNotice } from '../../../components/retracted-notice.tsx';
import { StatementCard, StatementCardFragment } from '../../../components/statement-card.tsx';
import steps from '../../../components/steps.module.css';
import { SummitCard, SummitCardFragment } from '../../../components/summit-card.tsx';
import { graphql } from '../../../graphql.ts';
import { isReported, parseAsOf, readAsOf, withAsOf } from '../../../lib/as-of.ts';
import { publicPath } from '../../../lib/desk-paths.ts';
import { statementsHref } from '../../../lib/statement-filters.ts';
import { queryRecord } from '../../../lib/urql/server.ts';

const PersonQuery = graphql(
  `
  query Person($slug: String!, $asOf: Date) {
    person(slug: $slug) {
      slug
      name
      retractionReason
      aliases
      country {
        name
      }
      roles {
        title
        organization {
          name
        }
        from {
          ...DateText
        }
        to {
          ...DateText
        }
        citation {
          source {
            publishedAt
          }
          ...CitationItem
        }
      }
      statements(orderBy: { field: DATE, direction: ASC }, first: 20, asOf: $asOf) {
        totalCount
        nodes {
          slug
          ...StatementCard
        }
      }
      meetings(orderBy: { field: DATE, direction: ASC }, first: 20, asOf: $asOf) {
        nodes {
          slug
          ...MeetingCard
        }
      }
      summits(orderBy: { field: DATE, direction: ASC }, first: 10, asOf: $asOf) {
        nodes {
          slug
          ...SummitCard
        }
      }
      ...PersonGraph
    }
  }
`,
  [
    DateTextFragment,
    CitationFragment,
    StatementCardFragment,
    MeetingCardFragment,
    SummitCardFragment,
    PersonGraphFragment,
  ],
);

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ asOf?: string | string[] }>;
};

async function load(slug: string, asOf: string | null) {
  const { person } = await queryRecord(PersonQuery, { slug, asOf });
  if (!person) notFound();
  return person;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const day = parseAsOf((await searchParams).asOf);
  if (!day.ok) return wrongAddressMetadata;
  const person = await load((await params).slug, day.asOf);
  return recordMetadata(person.name, { asOf: day.asOf, retracted: person.retractionReason !== null });
}

/**
 * A person: the titles the sources give them, what they said, the meetings and summits they took part in. A
 * person cites no source of their own, so `?asOf=` narrows what is listed: the roles, statements, meetings and
 * summits the sources had reported by that day.
 */
async function PersonPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const asOf = readAsOf((await searchParams).asOf);
  const person = await load(slug, asOf);
  const roles = person.roles.filter((role) => role.citation === null || isReported(role.citation, asOf));
  return (
    <article>
      <h1>{person.name}</h1>
      <EditorBar kind="people" slug={slug} />
      <RetractedNotice reason={person.retractionReason} />
      <AsOfPanel path={publicPath('people', slug)} asOf={asOf} />
      {person.country ? <p>{person.country.name}</p> : null}
      {person.aliases.length > 0 ? <p>Also written: {person.aliases.join(', ')}</p> : null}

      <section aria-labelledby="roles">
        <h2 id="roles">Roles</h2>
        {roles.length === 0 ? <p>No title is recorded.</p> : null}
        <ul className={steps.steps}>
          {roles.map((role) => (
            <li key={`${role.title}-${role.organization?.name ?? ''}`}>
              <p>
                <strong>{role.title}</strong>
                {role.organization ? `, ${role.organization.name}` : null}
                {role.from ? (
                  <>
                    {' · from '}
                    <DateText date={role.from} />
                  </>
                ) : null}
                {role.to ? (
                  <>
                    {' · until '}
                    <DateText date={role.to} />
                  </>
                ) : null}
              </p>
              {role.citation ? <CitationItem citation={role.citation} /> : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="statements">
        <h2 id="statements">Statements</h2>
        {person.statements.totalCount === 0 ? <p>No statements are recorded.</p> : null}
        {person.statements.nodes.map((statement) => (
          <StatementCard key={statement.slug} statement={statement} />
        ))}
        <MoreNote
          shown={person.statements.nodes.length}
          total={person.statements.totalCount}
          href={withAsOf(statementsHref({ speaker: person.slug }), asOf)}
        />
      </section>

      <PersonGraph person={person} asOf={asOf} />
      <section aria-labelledby="meetings">
        <h2 id="meetings">Meetings</h2>
        {person.meetings.nodes.length === 0 ? <p>No meetings are recorded.</p> : null}
        {person.meetings.nodes.map((meeting) => (
          <MeetingCard key={meeting.slug} meeting={meeting} />
        ))}
      </section>

      {person.summits.nodes.length > 0 ? (
        <section aria-labelledby="summits">
          <h2 id="summits">Summits</h2>
          {person.summits.nodes.map((summit) => (
            <SummitCard key={summit.slug} summit={summit} />
          ))}
        </section>
      ) : null}
    </article>
  );
}

export default withBadAddress(PersonPage, { href: '/people', label: 'Everyone in the record' });
