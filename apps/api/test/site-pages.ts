// The site's pages as they ask the API (copied from apps/web/src/app/*/page.tsx and the fragments of
// apps/web/src/components), the page size of their long lists made the variable `$first` so that a test can
// compare a page of 50 with one of 100.

const fragments: Record<string, string> = {
  DateText: 'fragment DateText on FuzzyDate { label text earliest latest precision }',
  PlaceName: 'fragment PlaceName on Place { name within { name within { name within { name } } } }',
  CitationItem:
    'fragment CitationItem on Citation { excerpt source { id title outlet publishedAt author url } }',
  CandidateLocation: `fragment CandidateLocation on CandidateLocation {
    place { slug name } reportedBy { slug name } reportedByOrganization { name } citation { ...CitationItem }
  }`,
  ParticipantListItem: 'fragment ParticipantListItem on Participant { role person { slug name } }',
  TopicLink: 'fragment TopicLink on Topic { slug name }',
  MeetingCard: `fragment MeetingCard on Meeting {
    slug title date { ...DateText } location { ...PlaceName } participants { person { name } }
  }`,
  StatementCard: `fragment StatementCard on Statement {
    slug kind quote paraphrase date { ...DateText } speaker { slug name } organization { name }
    citations { source { outlet } }
  }`,
  SummitCard:
    'fragment SummitCard on Summit { slug title status date { ...DateText } location { ...PlaceName } }',
};

/** The operation followed by the fragments it spreads, and theirs (GraphQL refuses unused fragments). */
function withFragments(operation: string): string {
  const used = new Set<string>();
  const visit = (text: string) => {
    for (const [, name = ''] of text.matchAll(/\.\.\.(\w+)/g)) {
      const fragment = fragments[name];
      if (fragment && !used.has(name)) {
        used.add(name);
        visit(fragment);
      }
    }
  };
  visit(operation);
  return [operation, ...[...used].map((name) => fragments[name])].join('\n');
}

/** apps/web/src/app/summits/[slug]/page.tsx */
export const summitPage = withFragments(`query Summit($slug: String!, $first: Int!) {
  summit(slug: $slug) {
    title ordinal status
    date { ...DateText }
    location { ...PlaceName }
    candidateLocations { place { name } ...CandidateLocation }
    participants { ...ParticipantListItem }
    topics { ...TopicLink }
    developments { sequence status description date { ...DateText } citation { ...CitationItem } }
    meetings(orderBy: { field: DATE, direction: ASC }, first: $first) { nodes { slug ...MeetingCard } }
    statements(orderBy: { field: DATE, direction: ASC }, first: $first) {
      totalCount
      nodes { slug ...StatementCard }
    }
    citations { ...CitationItem }
  }
}`);

/** apps/web/src/app/statements/page.tsx */
export const statementsPage =
  withFragments(`query Statements($filterBy: StatementFilter, $after: String, $first: Int!) {
  statements(filterBy: $filterBy, orderBy: { field: DATE, direction: DESC }, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { slug ...StatementCard }
  }
}`);

/** apps/web/src/app/people/[slug]/page.tsx */
export const personPage = withFragments(`query Person($slug: String!, $first: Int!) {
  person(slug: $slug) {
    slug name aliases
    country { name }
    roles {
      title organization { name }
      from { ...DateText } to { ...DateText }
      citation { ...CitationItem }
    }
    statements(orderBy: { field: DATE, direction: ASC }, first: $first) {
      totalCount
      nodes { slug ...StatementCard }
    }
    # 20 as on the site: with statements and meetings at 100 the page would pass the cost limit.
    meetings(orderBy: { field: DATE, direction: ASC }, first: 20) { nodes { slug ...MeetingCard } }
    summits(orderBy: { field: DATE, direction: ASC }, first: 10) { nodes { slug ...SummitCard } }
  }
}`);

/** apps/web/src/app/search/page.tsx */
export const searchPage = `query Search($query: String!, $first: Int!) {
  search(query: $query, first: $first) {
    totalCount
    edges {
      matches
      node {
        __typename
        ... on Summit { slug title }
        ... on Meeting { slug title description }
        ... on Statement { slug quote paraphrase speaker { name } organization { name } }
        ... on Person { slug name aliases }
      }
    }
  }
}`;

/** apps/web/src/app/timeline/page.tsx */
export const timelinePage = withFragments(`query Timeline($after: String, $first: Int!) {
  timeline(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      __typename
      ... on Summit { slug title summitDate: date { earliest latest precision ...DateText } }
      ... on Meeting { slug title date { earliest latest precision ...DateText } }
      ... on Statement {
        slug quote paraphrase speaker { name } organization { name }
        date { earliest latest precision ...DateText }
      }
    }
  }
}`);
