import { graphql } from '../graphql.ts';

/**
 * The search box's one query. The site's `/graphql` route runs this document and no other, so it lives
 * outside the client component, where the route can import it.
 */
export const SuggestionsQuery = graphql(`
  query SearchSuggestions($query: String!) {
    search(query: $query, first: 6) {
      totalCount
      nodes {
        __typename
        ... on Summit {
          slug
          title
        }
        ... on Meeting {
          slug
          title
        }
        ... on Statement {
          slug
          quote
          paraphrase
          speaker {
            name
          }
        }
        ... on Person {
          slug
          name
        }
      }
    }
  }
`);
