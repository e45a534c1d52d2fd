import Link from 'next/link';
import { type FragmentOf, graphql, readFragment } from '../graphql.ts';
import { DateText, DateTextFragment } from './date-text.tsx';
import { PlaceName, PlaceNameFragment } from './place-name.tsx';
import styles from './record-card.module.css';
import { StatusBadge } from './status-badge.tsx';

export const SummitCardFragment = graphql(
  `
  fragment SummitCard on Summit {
    slug
    title
    status
    date {
      ...DateText
    }
    location {
      ...PlaceName
    }
  }
`,
  [DateTextFragment, PlaceNameFragment],
);

/** A summit in a list: its title, status, date window and place (or that the place is not yet known). */
export function SummitCard({
  summit,
  headingLevel = 3,
}: {
  summit: FragmentOf<typeof SummitCardFragment>;
  headingLevel?: 2 | 3;
}) {
  const s = readFragment(SummitCardFragment, summit);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={styles.card}>
      <Heading className={styles.title}>
        <Link href={`/summits/${s.slug}`}>{s.title}</Link>
      </Heading>
      <p className={styles.meta}>
        <StatusBadge status={s.status} /> · {s.date ? <DateText date={s.date} /> : 'date not yet known'} ·{' '}
        {s.location ? <PlaceName place={s.location} /> : 'place to be announced'}
      </p>
    </article>
  );
}
