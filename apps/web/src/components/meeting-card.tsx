import Link from 'next/link';
import { type FragmentOf, graphql, readFragment } from '../graphql.ts';
import { listLabel } from '../lib/labels.ts';
import { DateText, DateTextFragment } from './date-text.tsx';
import { PlaceName, PlaceNameFragment } from './place-name.tsx';
import styles from './record-card.module.css';
import { SourceMark } from './source-mark.tsx';

export const MeetingCardFragment = graphql(
  `
  fragment MeetingCard on Meeting {
    slug
    title
    date {
      ...DateText
    }
    location {
      ...PlaceName
    }
    participants {
      person {
        name
      }
    }
  }
`,
  [DateTextFragment, PlaceNameFragment],
);

/** A meeting in a list: its title, when, where and who took part, with a link to the excerpt saying so. */
export function MeetingCard({ meeting }: { meeting: FragmentOf<typeof MeetingCardFragment> }) {
  const m = readFragment(MeetingCardFragment, meeting);
  return (
    <article className={styles.card}>
      <h3 className={styles.title}>
        <Link href={`/meetings/${m.slug}`}>{m.title}</Link>
      </h3>
      <p className={styles.meta}>
        <DateText date={m.date} />
        {m.location ? (
          <>
            {' · '}
            <PlaceName place={m.location} />
          </>
        ) : null}
        {' · '}
        {listLabel(m.participants.map((p) => p.person.name))}
        <SourceMark
          href={`/meetings/${m.slug}#source-1`}
          fact="this meeting’s date, place and participants"
        />
      </p>
    </article>
  );
}
