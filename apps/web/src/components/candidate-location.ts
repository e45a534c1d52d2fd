import { graphql, type ResultOf } from '../graphql.ts';
import { CitationFragment } from './citation-list.tsx';

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

export type CandidateLocation = ResultOf<typeof CandidateLocationFragment>;
