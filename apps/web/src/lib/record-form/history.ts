import { graphql, type ResultOf } from '../../graphql.ts';
import type { OtherRevision } from './edit-state.ts';

/** The latest revisions of a record the desk edits, newest first (enough to cover a stale edit). */
export const RecentRevisionsQuery = graphql(`
  query RecentRevisions($id: ID!) {
    node(id: $id) {
      ... on Summit {
        history(first: 20) {
          nodes {
            ...RevisionSummary
          }
        }
      }
      ... on Meeting {
        history(first: 20) {
          nodes {
            ...RevisionSummary
          }
        }
      }
      ... on Statement {
        history(first: 20) {
          nodes {
            ...RevisionSummary
          }
        }
      }
      ... on Person {
        history(first: 20) {
          nodes {
            ...RevisionSummary
          }
        }
      }
    }
  }

  fragment RevisionSummary on Revision {
    revision
    at
    reason
  }
`);

/** The revisions saved after the one read, oldest first. */
export function revisionsAfter(data: ResultOf<typeof RecentRevisionsQuery>, read: number): OtherRevision[] {
  const nodes = data.node && 'history' in data.node ? data.node.history.nodes : [];
  return nodes.filter((r) => r.revision > read).reverse();
}
