import { graphql } from '../../graphql.ts';

/** What the history and the audit log show of a revision: who, when, why, and the record before and after. */
export const RevisionFragment = graphql(`
  fragment RevisionItem on Revision {
    recordId
    type
    revision
    at
    actorId
    actorEmail
    reason
    before
    after
  }
`);

/** A page of revisions, newest first, with what the next page needs. */
export const RevisionPageFragment = graphql(
  `
  fragment RevisionPage on RevisionConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...RevisionItem
    }
  }
`,
  [RevisionFragment],
);
