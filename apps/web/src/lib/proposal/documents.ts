import { graphql, type ResultOf } from '../../graphql.ts';

/** Reads an article into draft records; writes nothing. */
export const ProposeFromArticleMutation = graphql(`
  mutation ProposeFromArticle($input: ProposeFromArticleInput!) {
    proposeFromArticle(input: $input) {
      proposal {
        sourceId
        records {
          type
          action
          record
          before
          because
          expectedRevision
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** Writes the accepted records in one commit. */
export const ApplyProposalMutation = graphql(`
  mutation ApplyProposal($input: ApplyProposalInput!) {
    applyProposal(input: $input) {
      records {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** A page of the recorded people, for the editor to match a name to another person. */
export const DeskPeopleQuery = graphql(`
  query DeskPeople($after: String) {
    people(first: 100, after: $after) {
      nodes {
        slug
        name
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** What an article yields, as the API answers it. */
export type ArticleProposal = NonNullable<
  ResultOf<typeof ProposeFromArticleMutation>['proposeFromArticle']['proposal']
>;

/** A problem the API found in the input. */
export type ApiUserError = ResultOf<
  typeof ProposeFromArticleMutation
>['proposeFromArticle']['userErrors'][number];
