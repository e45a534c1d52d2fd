import Link from 'next/link';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../graphql.ts';
import { STATEMENT_KIND_LABELS } from '../lib/labels.ts';
import { DateText, DateTextFragment } from './date-text.tsx';
import styles from './statement-card.module.css';

export const StatementCardFragment = graphql(
  `
  fragment StatementCard on Statement {
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
    }
    organization {
      name
    }
    citations {
      source {
        outlet
      }
    }
  }
`,
  [DateTextFragment],
);

/** Who said it: the speaker (linked) and, failing one, the issuing organization. */
function Speaker({ statement }: { statement: ResultOf<typeof StatementCardFragment> }) {
  if (statement.speaker) {
    return <Link href={`/people/${statement.speaker.slug}`}>{statement.speaker.name}</Link>;
  }
  return <>{statement.organization?.name ?? 'Unattributed'}</>;
}

/** A statement in a list: the quote (or the paraphrase, marked as such), who, when, and the way to its source. */
export function StatementCard({
  statement,
  headingLevel = 3,
}: {
  statement: FragmentOf<typeof StatementCardFragment>;
  headingLevel?: 2 | 3;
}) {
  const s = readFragment(StatementCardFragment, statement);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const outlet = s.citations[0]?.source.outlet;
  return (
    <article className={styles.card}>
      <Heading className={styles.heading}>
        <Link href={`/statements/${s.slug}`}>
          {s.quote ? <q className={styles.quote}>{s.quote}</q> : <span>{s.paraphrase}</span>}
        </Link>
      </Heading>
      {s.quote ? null : <p className={styles.note}>Paraphrase: no verbatim words were printed.</p>}
      <p className={styles.meta}>
        <Speaker statement={s} /> · {STATEMENT_KIND_LABELS[s.kind]} · <DateText date={s.date} />
        {outlet ? (
          <>
            {' · '}
            {/* A plain link: a full load makes the excerpt the page's :target, so it is highlighted. */}
            <a href={`/statements/${s.slug}#source-1`}>Source: {outlet}</a>
          </>
        ) : null}
      </p>
    </article>
  );
}
