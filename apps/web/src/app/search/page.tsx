import type { Metadata } from 'next';
import Form from 'next/form';
import Link from 'next/link';
import { withBadAddress } from '../../components/bad-address.tsx';
import { Highlighted } from '../../components/highlighted.tsx';
import { graphql, type ResultOf } from '../../graphql.ts';
import { query } from '../../lib/urql/server.ts';
import styles from './search.module.css';

export const metadata: Metadata = { title: 'Search' };

const SearchQuery = graphql(`
  query Search($query: String!) {
    search(query: $query, first: 100) {
      totalCount
      edges {
        matches
        node {
          __typename
          ... on Summit {
            slug
            title
          }
          ... on Meeting {
            slug
            title
            description
          }
          ... on Statement {
            slug
            quote
            paraphrase
            speaker {
              name
            }
            organization {
              name
            }
          }
          ... on Person {
            slug
            name
            aliases
          }
        }
      }
    }
  }
`);

type Edge = ResultOf<typeof SearchQuery>['search']['edges'][number];
type TypeName = Edge['node']['__typename'];

/** Result groups in the order they are shown. */
const GROUPS: { type: TypeName; heading: string }[] = [
  { type: 'Summit', heading: 'Summits' },
  { type: 'Meeting', heading: 'Meetings' },
  { type: 'Statement', heading: 'Statements' },
  { type: 'Person', heading: 'People' },
];

/** One result: a link to the record with the matched words marked, and a line of context. */
function Result({ edge }: { edge: Edge }) {
  const { node, matches } = edge;
  switch (node.__typename) {
    case 'Summit':
      return (
        <Link href={`/summits/${node.slug}`}>
          <Highlighted text={node.title} matches={matches} />
        </Link>
      );
    case 'Meeting':
      return (
        <>
          <Link href={`/meetings/${node.slug}`}>
            <Highlighted text={node.title} matches={matches} />
          </Link>
          {node.description ? (
            <p className={styles.context}>
              <Highlighted text={node.description} matches={matches} />
            </p>
          ) : null}
        </>
      );
    case 'Statement': {
      const who = node.speaker?.name ?? node.organization?.name ?? 'Unattributed';
      return (
        <>
          <Link href={`/statements/${node.slug}`}>
            <Highlighted text={`${who}: ${node.quote ? `“${node.quote}”` : ''}`} matches={matches} />
          </Link>
          {node.paraphrase ? (
            <p className={styles.context}>
              <Highlighted text={node.paraphrase} matches={matches} />
            </p>
          ) : null}
        </>
      );
    }
    case 'Person':
      return (
        <>
          <Link href={`/people/${node.slug}`}>
            <Highlighted text={node.name} matches={matches} />
          </Link>
          {node.aliases.length > 0 ? (
            <p className={styles.context}>
              Also written: <Highlighted text={node.aliases.join(', ')} matches={matches} />
            </p>
          ) : null}
        </>
      );
  }
}

type Props = { searchParams: Promise<{ q?: string | string[] }> };

/** Full-text search over summits, meetings, statements and people, grouped by type, matches marked. */
async function SearchPage({ searchParams }: Props) {
  const { q } = await searchParams;
  const text = (Array.isArray(q) ? q[0] : q)?.trim() ?? '';
  const result = text ? (await query(SearchQuery, { query: text })).search : null;
  return (
    <>
      <h1>{text ? `Search results for “${text}”` : 'Search'}</h1>
      <Form action="/search" role="search" aria-label="Search again" className={styles.form}>
        <label htmlFor="search-page-q">Words to look for</label>
        <input id="search-page-q" name="q" type="search" defaultValue={text} />
        <button type="submit">Search</button>
      </Form>
      {result ? (
        <p>
          {result.totalCount} {result.totalCount === 1 ? 'record matches' : 'records match'}.
        </p>
      ) : (
        <p>Look for a name, a place or words from a quote, e.g. “denuclearization” or “Kim Yong Chol”.</p>
      )}
      {result
        ? GROUPS.map(({ type, heading }) => {
            const edges = result.edges.filter((edge) => edge.node.__typename === type);
            if (edges.length === 0) return null;
            return (
              <section key={type} aria-labelledby={`results-${type}`}>
                <h2 id={`results-${type}`}>
                  {heading} <span className={styles.count}>({edges.length})</span>
                </h2>
                <ul className={styles.results}>
                  {edges.map((edge) => (
                    <li key={edge.node.slug}>
                      <Result edge={edge} />
                    </li>
                  ))}
                </ul>
              </section>
            );
          })
        : null}
    </>
  );
}

export default withBadAddress(SearchPage, { href: '/search', label: 'Search again' });
