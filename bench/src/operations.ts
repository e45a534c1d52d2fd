/** The GraphQL operations the benchmarks send, with what a correct answer must hold. */
export interface Operation {
  name: string;
  /** What the operation stands for, for the report. */
  title: string;
  query: string;
  variables: Record<string, unknown>;
  /** Throws when the data is not what this operation must return. */
  check(data: unknown): void;
}

const fail = (operation: string, why: string): never => {
  throw new Error(`${operation}: ${why}`);
};

const citation = 'citations { excerpt source { title outlet kind } }';
const date = 'date { earliest latest precision label }';

/** The summit page: the summit, its history, its meetings with participants, its statements with speakers. */
export const summitPage = (slug: string): Operation => ({
  name: 'summit-page',
  title: 'Summit page (nested)',
  query: `query SummitPage($slug: String!) {
  summit(slug: $slug) {
    id slug title ordinal status ${date}
    location { name within { name } }
    candidateLocations { place { name } reportedBy { name } citation { excerpt } }
    participants { role person { id slug name } }
    developments { sequence status description ${date} citation { excerpt source { title } } }
    topics { slug name }
    ${citation}
    meetings(first: 20) {
      totalCount
      nodes { id slug title ${date} durationMinutes location { name } participants { role person { slug name } } }
    }
    statements(first: 20) {
      totalCount
      nodes { id slug kind quote paraphrase ${date} speaker { slug name } ${citation} }
    }
  }
}`,
  variables: { slug },
  check(data) {
    const summit = (data as { summit?: { slug?: string; developments?: unknown[] } | null }).summit;
    if (!summit) fail('summit-page', `no summit "${slug}"`);
    if (summit?.slug !== slug) fail('summit-page', `asked for "${slug}", got "${summit?.slug}"`);
    if (!summit?.developments?.length) fail('summit-page', 'no developments');
  },
});

/** A page of statements with speakers and sources, as the statements list shows them. */
export const statementsPage = (first = 50, after: string | null = null): Operation => ({
  name: after ? 'statements-deep' : 'statements-page',
  title: after ? `Statements, ${first} after a cursor deep in the list` : `Statements page of ${first}`,
  query: `query StatementsPage($first: Int!, $after: String) {
  statements(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id slug kind quote paraphrase ${date} speaker { slug name } topics { name } ${citation} } }
  }
}`,
  variables: { first, after },
  check(data) {
    const edges = (data as { statements?: { edges?: unknown[] } }).statements?.edges;
    if (edges?.length !== first)
      fail('statements-page', `expected ${first} statements, got ${edges?.length}`);
  },
});

/** A person's page: the person and the first 20 things they said, with topics and sources. */
export const personPage = (slug: string): Operation => ({
  name: 'person-page',
  title: "Person's page with their statements",
  query: `query PersonPage($slug: String!) {
  person(slug: $slug) {
    id slug name aliases country { name }
    statements(first: 20) {
      totalCount
      nodes { id slug kind quote paraphrase ${date} topics { name } ${citation} }
    }
  }
}`,
  variables: { slug },
  check(data) {
    const person = (data as { person?: { slug?: string } | null }).person;
    if (person?.slug !== slug) fail('person-page', `asked for "${slug}", got "${person?.slug}"`);
  },
});

/** A full-text search across every searchable type, as the search box sends it. */
export const search = (query: string, atLeast = 1): Operation => ({
  name: 'search',
  title: `Search "${query}"`,
  query: `query Search($query: String!) {
  search(query: $query, first: 20) {
    totalCount
    edges {
      rank matches
      node {
        __typename
        ... on Summit { slug title }
        ... on Meeting { slug title }
        ... on Statement { slug quote paraphrase speaker { name } }
        ... on Person { slug name }
      }
    }
  }
}`,
  variables: { query },
  check(data) {
    const found = (data as { search?: { totalCount?: number } }).search?.totalCount ?? 0;
    if (found < atLeast) fail('search', `"${query}" found ${found}, expected at least ${atLeast}`);
  },
});

/** A window of the timeline: summits, meetings and statements in date order. */
export const timeline = (from: string, to: string): Operation => ({
  name: 'timeline',
  title: `Timeline ${from} to ${to}`,
  query: `query Timeline($from: Date!, $to: Date!) {
  timeline(from: $from, to: $to, first: 50) {
    totalCount
    nodes {
      __typename
      ... on Summit { slug title summitDate: ${date} }
      ... on Meeting { slug title ${date} }
      ... on Statement { slug quote ${date} speaker { name } }
    }
  }
}`,
  variables: { from, to },
  check(data) {
    const nodes = (data as { timeline?: { nodes?: unknown[] } }).timeline?.nodes;
    if (!nodes?.length) fail('timeline', `nothing between ${from} and ${to}`);
  },
});
