import type { GraphiQLOptions } from 'graphql-yoga';

/** The query GraphiQL opens on: the next summit, the places reported for it, and what was said about it. */
export const exampleQuery = `# Parley: a sourced record of diplomacy. Press ▶ to run; open the Docs (book icon) for every type.
query NextSummit {
  summits(filterBy: { statuses: [ANNOUNCED, SCHEDULED] }, orderBy: { field: DATE }, first: 1) {
    nodes {
      title
      status
      date { text label earliest latest }
      location { name }
      candidateLocations {
        place { name }
        reportedBy { name }
        citation { excerpt source { title outlet publishedAt } }
      }
      statements(first: 10) {
        totalCount
        nodes {
          quote
          paraphrase
          speaker { name }
          date { label }
          citations { source { outlet } }
        }
      }
    }
  }
}
`;

export const graphiqlOptions: GraphiQLOptions = {
  title: 'Parley GraphQL playground',
  defaultQuery: exampleQuery,
};
