import Link from 'next/link';
import { CandidateLocationFragment, CandidateLocations } from '../../components/candidate-locations.tsx';
import { CitationFragment, CitationItem } from '../../components/citation-list.tsx';
import { DateText, DateTextFragment } from '../../components/date-text.tsx';
import { PlaceName, PlaceNameFragment } from '../../components/place-name.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import styles from './next-summit.module.css';

export const NextSummitFragment = graphql(
  `
  fragment NextSummit on Summit {
    slug
    title
    status
    date {
      ...DateText
    }
    location {
      ...PlaceName
    }
    candidateLocations {
      ...CandidateLocation
    }
    participants {
      person {
        slug
        name
      }
    }
    developments {
      sequence
      citation {
        ...CitationItem
      }
    }
  }
`,
  [DateTextFragment, PlaceNameFragment, CitationFragment, CandidateLocationFragment],
);

/** The state of the next summit: status, date window, place or the places reported as candidates. */
export function NextSummit({ summit }: { summit: FragmentOf<typeof NextSummitFragment> }) {
  const s = readFragment(NextSummitFragment, summit);
  const latest = s.developments.at(-1);
  return (
    <section aria-labelledby="next-summit" className={styles.panel}>
      <h2 id="next-summit" className={styles.kicker}>
        Next summit
      </h2>
      <p className={styles.title}>
        <Link href={`/summits/${s.slug}`}>{s.title}</Link>
      </p>
      <dl className={styles.facts}>
        <div>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={s.status} />
          </dd>
        </div>
        <div>
          <dt>When</dt>
          <dd>{s.date ? <DateText date={s.date} words /> : 'not yet known'}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>{s.location ? <PlaceName place={s.location} /> : 'To be announced'}</dd>
        </div>
        <div>
          <dt>Who</dt>
          <dd>
            {s.participants.map((p, index) => (
              <span key={p.person.slug}>
                {index > 0 ? (index === s.participants.length - 1 ? ' and ' : ', ') : ''}
                <Link href={`/people/${p.person.slug}`}>{p.person.name}</Link>
              </span>
            ))}
          </dd>
        </div>
      </dl>
      {s.location === null && s.candidateLocations.length > 0 ? (
        <div className={styles.candidates}>
          <h3>Places reported as candidates</h3>
          <CandidateLocations candidates={s.candidateLocations} />
        </div>
      ) : null}
      {latest ? (
        <div className={styles.latest}>
          <h3>Latest development</h3>
          <CitationItem citation={latest.citation} />
          <p>
            <Link href={`/summits/${s.slug}#developments`}>Every development, with its source</Link>
          </p>
        </div>
      ) : null}
    </section>
  );
}
