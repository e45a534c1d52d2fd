import Link from 'next/link';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../graphql.ts';
import { byReport } from '../lib/candidates.ts';
import { listLabel } from '../lib/labels.ts';
import type { ListedAt, ListedExcerpt } from '../lib/listed-excerpts.ts';
import { CitationFragment, CitationOnce } from './citation-list.tsx';
import steps from './steps.module.css';

/** A place reported as a possible venue, who reported it and the excerpt that says so. */
export const CandidateLocationFragment = graphql(
  `
  fragment CandidateLocation on CandidateLocation {
    place {
      slug
      name
    }
    reportedBy {
      slug
      name
    }
    reportedByOrganization {
      name
    }
    citation {
      ...CitationItem
    }
  }
`,
  [CitationFragment],
);

type Candidate = ResultOf<typeof CandidateLocationFragment>;

/** ", reported by Margaret Brennan (CBS News)", or by the organization alone. */
function ReportedBy({ candidate }: { candidate: Candidate }) {
  const { reportedBy: person, reportedByOrganization: organization } = candidate;
  if (!person && !organization) return null;
  return (
    <>
      , reported by{' '}
      {person ? (
        <>
          <Link href={`/people/${person.slug}`}>{person.name}</Link>
          {organization ? ` (${organization.name})` : null}
        </>
      ) : (
        organization?.name
      )}
    </>
  );
}

/** The places reported as candidates, who reported them, and the excerpt of each report (or where it is listed). */
export function CandidateLocations({
  candidates,
  listedAt = () => null,
}: {
  candidates: readonly FragmentOf<typeof CandidateLocationFragment>[];
  /** Where the page's Sources list already prints an excerpt; a page without one prints them all. */
  listedAt?: (citation: ListedExcerpt) => ListedAt | null;
}) {
  return (
    <ul className={steps.steps}>
      {byReport(
        candidates.map((c) => readFragment(CandidateLocationFragment, c)),
        (c) => readFragment(CitationFragment, c.citation),
      ).map((group) => {
        const [first] = group as [Candidate];
        return (
          <li key={group.map((c) => c.place.slug).join('|')}>
            <p>
              <strong>{listLabel(group.map((c) => c.place.name))}</strong>
              <ReportedBy candidate={first} />
            </p>
            <CitationOnce
              citation={first.citation}
              listedAt={listedAt(readFragment(CitationFragment, first.citation))}
            />
          </li>
        );
      })}
    </ul>
  );
}
