'use client';

import { cacheExchange, createClient, fetchExchange, ssrExchange, UrqlProvider, useQuery } from '@urql/next';
import Link from 'next/link';
import styles from './search-box.module.css';
import { SuggestionsQuery } from './search-suggestions-query.ts';

const PATHS = { Summit: 'summits', Meeting: 'meetings', Statement: 'statements', Person: 'people' } as const;

// This module only ever runs in the browser (loaded once the reader types), so one client serves the page's life.
const ssr = ssrExchange({ isClient: true });
const client = createClient({
  url: '/graphql',
  exchanges: [cacheExchange, ssr, fetchExchange],
  preferGetMethod: false,
});

/** The matches for a term, as links. */
function SuggestionList({ term, id }: { term: string; id: string }) {
  const [{ data }] = useQuery({ query: SuggestionsQuery, variables: { query: term } });
  const results = data?.search;
  if (!results) return null;
  return (
    <div id={id} className={styles.panel} aria-live="polite">
      <p className={styles.summary}>
        {results.totalCount === 0
          ? 'No matches.'
          : `${results.totalCount} ${results.totalCount === 1 ? 'match' : 'matches'}; press Enter for all.`}
      </p>
      <ul>
        {results.nodes.map((node) => (
          <li key={`${node.__typename}-${node.slug}`}>
            <Link href={`/${PATHS[node.__typename]}/${node.slug}`}>
              <span className={styles.type}>{node.__typename}</span>{' '}
              {node.__typename === 'Person'
                ? node.name
                : node.__typename === 'Statement'
                  ? `${node.speaker?.name ?? ''} “${node.quote ?? node.paraphrase ?? ''}”`
                  : node.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A few matching records below the header's search box, fetched with urql through the site's
 * same-origin /graphql route. Loaded only once the reader starts typing, so pages do not carry urql.
 */
export default function SearchSuggestions({ term, id }: { term: string; id: string }) {
  return (
    <UrqlProvider client={client} ssr={ssr}>
      <SuggestionList term={term} id={id} />
    </UrqlProvider>
  );
}
