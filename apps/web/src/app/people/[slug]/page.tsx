import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CitationFragment, CitationItem } from '../../../components/citation-list.tsx';
import { DateText, DateTextFragment } from '../../../components/date-text.tsx';
import { MeetingCard, MeetingCardFragment } from '../../../components/meeting-card.tsx';
import { MoreNote } from '../../../components/more-note.tsx';
import { StatementCard, StatementCardFragment } from '../../../components/statement-card.tsx';
import steps from '../../../components/steps.module.css';
import { SummitCard, SummitCardFragment } from '../../../components/summit-card.tsx';
import { graphql } from '../../../graphql.ts';
import { statementsHref } from '../../../lib/statement-filters.ts';
import { queryRecord } from '../../../lib/urql/server.ts';

const PersonQuery = graphql(
  `
  query Person($slug: String!) {
    person(slug: $slug) {
      slug
      name
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
          ...CitationItem
        }
      }
      statements(orderBy: { field: DATE, direction: ASC }, first: 20) {
        totalCount
        nodes {
          slug
          ...StatementCard
        }
      }
      meetings(orderBy: { field: DATE, direction: ASC }, first: 20) {
        nodes {
          slug
          ...MeetingCard
        }
      }
      summits(orderBy: { field: DATE, direction: ASC }, first: 10) {
        nodes {
          slug
          ...SummitCard
        }
      }
    }
  }
`,
  [DateTextFragment, CitationFragment, StatementCardFragment, MeetingCardFragment, SummitCardFragment],
);

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props['params']) {
  const { slug } = await params;
  const { person } = await queryRecord(PersonQuery, { slug });
  if (!person) notFound();
  return person;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).name };
}

/** A person: the titles the sources give them, what they said, the meetings and summits they took part in. */
export default async function PersonPage({ params }: Props) {
  const person = await load(params);
  return (
    <article>
      <h1>{person.name}</h1>
      {person.country ? <p>{person.country.name}</p> : null}
      {person.aliases.length > 0 ? <p>Also written: {person.aliases.join(', ')}</p> : null}

      <section aria-labelledby="roles">
        <h2 id="roles">Roles</h2>
        {person.roles.length === 0 ? <p>No title is recorded.</p> : null}
        <ul className={steps.steps}>
          {person.roles.map((role) => (
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
          href={statementsHref({ speaker: person.slug })}
        />
      </section>

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
