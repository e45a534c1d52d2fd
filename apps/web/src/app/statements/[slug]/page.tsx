import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RecordArticle } from '../../../components/as-of/record-article.tsx';
import { recordMetadata, wrongAddressMetadata } from '../../../components/as-of/record-metadata.ts';
import { withBadAddress } from '../../../components/bad-address.tsx';
import { CitationFragment, CitationList, CitationOnce } from '../../../components/citation-list.tsx';
import { DateText, DateTextFragment } from '../../../components/date-text.tsx';
import facts from '../../../components/fact-list.module.css';
import { HydrateLater } from '../../../components/hydrate-later.tsx';
import { PlaceName, PlaceNameFragment } from '../../../components/place-name.tsx';
import { StatementCard, StatementCardFragment } from '../../../components/statement-card.tsx';
import steps from '../../../components/steps.module.css';
import { TopicLinkFragment, TopicLinks } from '../../../components/topic-links.tsx';
import { graphql, readFragment } from '../../../graphql.ts';
import { isReported, parseAsOf, readAsOf, reportedCitations, withAsOf } from '../../../lib/as-of.ts';
import { RELATION_LABELS, STATEMENT_KIND_LABELS } from '../../../lib/labels.ts';
import { listedExcerpts, numberedPlaces } from '../../../lib/listed-excerpts.ts';
import { queryRecord } from '../../../lib/urql/server.ts';
import styles from './statement.module.css';

const StatementQuery = graphql(
  `
  query Statement($slug: String!) {
    statement(slug: $slug) {
      slug
      retractionReason
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
          citations {
            source {
              publishedAt
            }
          }
          ...StatementCard
        }
        citation {
          source {
            publishedAt
          }
          ...CitationItem
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
  [DateTextFragment, PlaceNameFragment, TopicLinkFragment, CitationFragment, StatementCardFragment],
);

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ asOf?: string | string[] }>;
};

async function load(slug: string) {
  const { statement } = await queryRecord(StatementQuery, { slug });
  if (!statement) notFound();
  return statement;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const day = parseAsOf((await searchParams).asOf);
  if (!day.ok) return wrongAddressMetadata;
  const statement = await load((await params).slug);
  const who = statement.speaker?.name ?? statement.organization?.name ?? 'Unattributed';
  return recordMetadata(`${who}: ${STATEMENT_KIND_LABELS[statement.kind].toLowerCase()}`, {
    asOf: day.asOf,
    retracted: statement.retractionReason !== null,
  });
}

/**
 * A statement: the verbatim quote, who said it in what role, when, where, about what, related statements and sources.
 * `statement(slug)` cannot look back, so `?asOf=` is applied here the way the API applies it to a statement in a
 * list: cited by the sources published by that day, and not yet there before the first; so are related ones.
 */
async function StatementPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const asOf = readAsOf((await searchParams).asOf);
  const statement = await load(slug);
  const citations = reportedCitations(statement.citations, asOf);
  const relations = statement.relations.filter(
    (relation) =>
      reportedCitations(relation.other.citations, asOf).length > 0 &&
      (relation.citation === null || isReported(relation.citation, asOf)),
  );
  const listed = listedExcerpts(
    numberedPlaces(
      citations.map((c) => readFragment(CitationFragment, c)),
      'Sources',
    ),
  );
  const who = statement.speaker?.name ?? statement.organization?.name ?? 'Unattributed';
  // Roles are listed as the sources name them; the first is the one the founding source gives.
  const role = statement.speaker?.roles[0];
  return (
    <RecordArticle
      heading={
        <>
          {who}: {STATEMENT_KIND_LABELS[statement.kind].toLowerCase()}, <DateText date={statement.date} />
        </>
      }
      kind="statements"
      slug={slug}
      what="statement"
      retractionReason={statement.retractionReason}
      citations={statement.citations}
      asOf={asOf}
    >
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
              <Link href={withAsOf(`/summits/${statement.summit.slug}`, asOf)}>{statement.summit.title}</Link>
            </>
          ) : null}
          {statement.meeting ? (
            <>
              {'; the meeting '}
              <Link href={withAsOf(`/meetings/${statement.meeting.slug}`, asOf)}>
                {statement.meeting.title}
              </Link>
            </>
          ) : null}
        </dd>
      </dl>

      {/* Below the facts each part hydrates on its own, so hydrating the page is never one long task. */}
      {relations.length > 0 ? (
        <HydrateLater>
          <section aria-labelledby="related">
            <h2 id="related">Related statements</h2>
            <ul className={steps.steps}>
              {relations.map((relation) => (
                <li key={`${relation.type}-${relation.direction}-${relation.other.slug}`}>
                  <p>
                    <strong>{RELATION_LABELS[relation.type][relation.direction]}</strong>
                    {relation.note ? `: ${relation.note}` : null}
                  </p>
                  <StatementCard statement={relation.other} />
                  {relation.citation ? (
                    <CitationOnce
                      citation={relation.citation}
                      listedAt={listed(readFragment(CitationFragment, relation.citation))}
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        </HydrateLater>
      ) : null}

      <HydrateLater>
        <section aria-labelledby="sources">
          <h2 id="sources">Sources</h2>
          <CitationList citations={citations} />
        </section>
      </HydrateLater>
    </RecordArticle>
  );
}

export default withBadAddress(StatementPage, { href: '/statements', label: 'All statements, latest first' });
