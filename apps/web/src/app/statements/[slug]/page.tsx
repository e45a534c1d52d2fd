import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CitationFragment, CitationItem, CitationList } from '../../../components/citation-list.tsx';
import { DateText, DateTextFragment } from '../../../components/date-text.tsx';
import facts from '../../../components/fact-list.module.css';
import { PlaceName, PlaceNameFragment } from '../../../components/place-name.tsx';
import { StatementCard, StatementCardFragment } from '../../../components/statement-card.tsx';
import steps from '../../../components/steps.module.css';
import { TopicLinkFragment, TopicLinks } from '../../../components/topic-links.tsx';
import { graphql } from '../../../graphql.ts';
import { RELATION_LABELS, STATEMENT_KIND_LABELS } from '../../../lib/labels.ts';
import { queryRecord } from '../../../lib/urql/server.ts';
import styles from './statement.module.css';

const StatementQuery = graphql(
  `
  query Statement($slug: String!) {
    statement(slug: $slug) {
      slug
      kind
      quote
      paraphrase
      date {
        ...DateText
      }
      speaker {
        slug
        name
        roles {
          title
          organization {
            name
          }
        }
      }
      organization {
        name
      }
      venue {
        ...PlaceName
      }
      topics {
        ...TopicLink
      }
      summit {
        slug
        title
      }
      meeting {
        slug
        title
      }
      relations {
        type
        direction
        note
        other {
          slug
          ...StatementCard
        }
        citation {
          ...CitationItem
        }
      }
      citations {
        ...CitationItem
      }
    }
  }
`,
  [DateTextFragment, PlaceNameFragment, TopicLinkFragment, CitationFragment, StatementCardFragment],
);

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props['params']) {
  const { slug } = await params;
  const { statement } = await queryRecord(StatementQuery, { slug });
  if (!statement) notFound();
  return statement;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const statement = await load(params);
  const who = statement.speaker?.name ?? statement.organization?.name ?? 'Unattributed';
  return { title: `${who}: ${STATEMENT_KIND_LABELS[statement.kind].toLowerCase()}` };
}

/** A statement: the verbatim quote, who said it in what role, when, where, about what, related statements and sources. */
export default async function StatementPage({ params }: Props) {
  const statement = await load(params);
  const who = statement.speaker?.name ?? statement.organization?.name ?? 'Unattributed';
  // Roles are listed as the sources name them; the first is the one the founding source gives.
  const role = statement.speaker?.roles[0];
  return (
    <article>
      <h1>
        {who}: {STATEMENT_KIND_LABELS[statement.kind].toLowerCase()}, <DateText date={statement.date} />
      </h1>
      <figure className={styles.quote}>
        {statement.quote ? (
          <blockquote>
            <p>{statement.quote}</p>
          </blockquote>
        ) : (
          <p className={styles.paraphraseOnly}>{statement.paraphrase}</p>
        )}
        <figcaption>
          {statement.quote ? 'Verbatim, as printed' : 'Paraphrase: no verbatim words were printed'} ·{' '}
          <a href="#source-1">Source</a>
        </figcaption>
      </figure>
      {statement.quote && statement.paraphrase ? (
        <p>
          <strong>In summary:</strong> {statement.paraphrase}
        </p>
      ) : null}
      <dl className={facts.facts}>
        <dt>Who</dt>
        <dd>
          {statement.speaker ? (
            <Link href={`/people/${statement.speaker.slug}`}>{statement.speaker.name}</Link>
          ) : null}
          {role ? `, ${role.title}${role.organization ? ` (${role.organization.name})` : ''}` : null}
          {!statement.speaker && statement.organization ? statement.organization.name : null}
          {statement.speaker && statement.organization && !role
            ? ` for ${statement.organization.name}`
            : null}
        </dd>
        <dt>When</dt>
        <dd>
          <DateText date={statement.date} words />
        </dd>
        <dt>Form</dt>
        <dd>{STATEMENT_KIND_LABELS[statement.kind]}</dd>
        <dt>Where</dt>
        <dd>{statement.venue ? <PlaceName place={statement.venue} /> : 'Not stated by the sources'}</dd>
        <dt>About</dt>
        <dd>
          <TopicLinks topics={statement.topics} />
          {statement.summit ? (
            <>
              {'; the '}
              <Link href={`/summits/${statement.summit.slug}`}>{statement.summit.title}</Link>
            </>
          ) : null}
          {statement.meeting ? (
            <>
              {'; the meeting '}
              <Link href={`/meetings/${statement.meeting.slug}`}>{statement.meeting.title}</Link>
            </>
          ) : null}
        </dd>
      </dl>

      {statement.relations.length > 0 ? (
        <section aria-labelledby="related">
          <h2 id="related">Related statements</h2>
          <ul className={steps.steps}>
            {statement.relations.map((relation) => (
              <li key={`${relation.type}-${relation.direction}-${relation.other.slug}`}>
                <p>
                  <strong>{RELATION_LABELS[relation.type][relation.direction]}</strong>
                  {relation.note ? `: ${relation.note}` : null}
                </p>
                <StatementCard statement={relation.other} />
                {relation.citation ? <CitationItem citation={relation.citation} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="sources">
        <h2 id="sources">Sources</h2>
        <CitationList citations={statement.citations} />
      </section>
    </article>
  );
}
