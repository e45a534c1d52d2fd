import Form from 'next/form';
import Link from 'next/link';
import { graphql, type ResultOf } from '../../graphql.ts';
import { AS_OF_PARAM } from '../../lib/as-of.ts';
import { STATEMENT_KIND_LABELS, STATEMENT_KINDS } from '../../lib/labels.ts';
import type { StatementFilters } from '../../lib/statement-filters.ts';
import styles from './statements.module.css';

/** The choices the filters offer: people who made statements, organizations that issued them, every topic. */
export const FilterOptionsQuery = graphql(`
  query StatementFilterOptions {
    # The API lists no organizations: the issuers are read off the statements themselves.
    issued: statements(first: 100) {
      nodes {
        organization {
          id
          slug
          name
        }
      }
    }
    people(first: 100) {
      nodes {
        id
        slug
        name
        statements(first: 1) {
          totalCount
        }
      }
    }
    topics {
      id
      slug
      name
    }
  }
`);

/** Each organization that issued a statement, once, by name. */
export function issuingOrganizations(options: ResultOf<typeof FilterOptionsQuery>) {
  const bySlug = new Map(
    options.issued.nodes.flatMap(({ organization }) =>
      organization ? [[organization.slug, organization]] : [],
    ),
  );
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The filters as a plain GET form: it works without JavaScript, and with it Next's <Form> navigates
 * client-side. It applies on submit, not on change, so choosing an option never moves the reader away.
 */
export function FilterForm({
  filters,
  options,
  asOf,
}: {
  filters: StatementFilters;
  options: ResultOf<typeof FilterOptionsQuery>;
  /** The day the list is viewed as of, kept when the filters change. */
  asOf: string | null;
}) {
  const speakers = options.people.nodes.filter((p) => p.statements.totalCount > 0);
  const organizations = issuingOrganizations(options);
  return (
    <Form action="/statements" className={styles.filters} aria-label="Filter statements">
      {asOf ? <input type="hidden" name={AS_OF_PARAM} value={asOf} /> : null}
      <div className={styles.field}>
        <label htmlFor="filter-speaker">Speaker</label>
        <select id="filter-speaker" name="speaker" defaultValue={filters.speaker ?? ''}>
          <option value="">Anyone</option>
          {speakers.map((person) => (
            <option key={person.slug} value={person.slug}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="filter-organization">Organization</label>
        <select id="filter-organization" name="organization" defaultValue={filters.organization ?? ''}>
          <option value="">Any organization</option>
          {organizations.map((organization) => (
            <option key={organization.slug} value={organization.slug}>
              {organization.name}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="filter-topic">Topic</label>
        <select id="filter-topic" name="topic" defaultValue={filters.topic ?? ''}>
          <option value="">Any topic</option>
          {options.topics.map((topic) => (
            <option key={topic.slug} value={topic.slug}>
              {topic.name}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="filter-kind">Kind</label>
        <select id="filter-kind" name="kind" defaultValue={filters.kind ?? ''}>
          <option value="">Any kind</option>
          {STATEMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {STATEMENT_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className={styles.window}>
        <legend>Date window</legend>
        <div className={styles.field}>
          <label htmlFor="filter-from">From</label>
          <input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ''} />
        </div>
        <div className={styles.field}>
          <label htmlFor="filter-to">To</label>
          <input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ''} />
        </div>
      </fieldset>
      <div className={styles.actions}>
        <button type="submit">Apply filters</button>
        <Link href="/statements">Clear filters</Link>
      </div>
    </Form>
  );
}
