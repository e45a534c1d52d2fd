import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AsOfPanel } from '../../components/as-of/as-of-panel.tsx';
import { withBadAddress } from '../../components/bad-address.tsx';
import { StatementCard, StatementCardFragment } from '../../components/statement-card.tsx';
import { graphql } from '../../graphql.ts';
import { AS_OF_PARAM, readAsOf, withAsOf } from '../../lib/as-of.ts';
import { STATEMENT_KIND_LABELS } from '../../lib/labels.ts';
import {
  isFiltered,
  parseStatementFilters,
  type StatementFilters,
  statementFiltersToSearchParams,
  statementsHref,
  withoutFilter,
} from '../../lib/statement-filters.ts';
import { query } from '../../lib/urql/server.ts';
import { FilterForm, FilterOptionsQuery, issuingOrganizations } from './filter-form.tsx';
import styles from './statements.module.css';

export const metadata: Metadata = { title: 'Statements' };

const StatementsQuery = graphql(
  `
  query Statements($filterBy: StatementFilter, $after: String, $asOf: Date) {
    statements(
      filterBy: $filterBy
      orderBy: { field: DATE, direction: DESC }
      first: 20
      after: $after
      asOf: $asOf
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        slug
        ...StatementCard
      }
    }
  }
`,
  [StatementCardFragment],
);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The query string as it arrived, to compare with the canonical form of the same filters. */
function received(params: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
      search.append(key, one);
  }
  return search.toString();
}

/**
 * Statements, latest first, narrowed by speaker, organization, topic, kind and date window, and as the sources had reported
 * them by a day (`asOf`); the filters and the day live in the URL.
 */
async function StatementsPage({ searchParams }: Props) {
  const params = await searchParams;
  const asOf = readAsOf(params[AS_OF_PARAM]);
  const filters = parseStatementFilters(params);
  const href = (shown: StatementFilters) => withAsOf(statementsHref(shown), asOf);
  // One view, one address: a submitted form's empty fields and odd spellings become the canonical URL.
  const canonical = statementFiltersToSearchParams(filters);
  if (asOf) canonical.set(AS_OF_PARAM, asOf);
  if (received(params) !== canonical.toString()) redirect(href(filters));

  const options = await query(FilterOptionsQuery, {});
  const speaker = options.people.nodes.find((p) => p.slug === filters.speaker);
  const organization = issuingOrganizations(options).find((o) => o.slug === filters.organization);
  const topic = options.topics.find((t) => t.slug === filters.topic);
  const unknownWhat =
    filters.speaker && !speaker
      ? 'person'
      : filters.organization && !organization
        ? 'organization'
        : filters.topic && !topic
          ? 'topic'
          : null;
  const unknown = unknownWhat !== null;
  const { statements } = unknown
    ? { statements: null }
    : await query(StatementsQuery, {
        asOf,
        after: filters.after ?? null,
        filterBy: {
          speakers: speaker ? [speaker.id] : null,
          organizations: organization ? [organization.id] : null,
          topics: topic ? [topic.id] : null,
          kinds: filters.kind ? [filters.kind] : null,
          from: filters.from ?? null,
          to: filters.to ?? null,
        },
      });

  const active: { key: keyof StatementFilters; label: string }[] = [];
  if (filters.speaker) active.push({ key: 'speaker', label: `by ${speaker?.name ?? filters.speaker}` });
  if (filters.organization)
    active.push({ key: 'organization', label: `issued by ${organization?.name ?? filters.organization}` });
  if (filters.topic) active.push({ key: 'topic', label: `on ${topic?.name ?? filters.topic}` });
  if (filters.kind) active.push({ key: 'kind', label: STATEMENT_KIND_LABELS[filters.kind] });
  if (filters.from) active.push({ key: 'from', label: `from ${filters.from}` });
  if (filters.to) active.push({ key: 'to', label: `until ${filters.to}` });

  return (
    <>
      <h1>Statements</h1>
      <AsOfPanel
        path="/statements"
        asOf={asOf}
        keep={[...statementFiltersToSearchParams({ ...filters, after: undefined })]}
      />
      <FilterForm filters={filters} options={options} asOf={asOf} />
      <section aria-labelledby="results">
        <h2 id="results">
          {statements ? statements.totalCount : 0} {statements?.totalCount === 1 ? 'statement' : 'statements'}
          {isFiltered(filters) ? ' matching the filters' : ''}
        </h2>
        {active.length > 0 ? (
          <ul className={styles.active} aria-label="Active filters">
            {active.map((filter) => (
              <li key={filter.key}>
                {filter.label}{' '}
                <Link href={href(withoutFilter(filters, filter.key))}>
                  remove<span className="visually-hidden"> filter {filter.label}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        {unknown ? <p>Parley knows no {unknownWhat} by that name.</p> : null}
        {statements?.nodes.map((statement) => (
          <StatementCard key={statement.slug} statement={statement} />
        ))}
        <nav aria-label="Pages of statements" className={styles.pages}>
          {filters.after ? <Link href={href({ ...filters, after: undefined })}>First page</Link> : null}
          {statements?.pageInfo.hasNextPage && statements.pageInfo.endCursor ? (
            <Link href={href({ ...filters, after: statements.pageInfo.endCursor })}>Next page</Link>
          ) : null}
        </nav>
      </section>
    </>
  );
}

export default withBadAddress(StatementsPage, { href: '/statements', label: 'All statements, latest first' });
