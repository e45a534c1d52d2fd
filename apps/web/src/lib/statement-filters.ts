import type { EnumOf } from '../graphql.ts';
import { STATEMENT_KINDS } from './labels.ts';
import { firstParam, isCalendarDay, type SearchParamsInput } from './search-params.ts';

/** What the statements list is narrowed to; every field lives in the URL so a view can be shared. */
export interface StatementFilters {
  /** Slug of the person who spoke. */
  speaker?: string;
  /** Slug of the organization that issued it or that the speaker spoke for. */
  organization?: string;
  /** Slug of a topic. */
  topic?: string;
  kind?: EnumOf<'StatementKind'>;
  /** First day of the date window, YYYY-MM-DD. */
  from?: string;
  /** Last day of the date window, YYYY-MM-DD. */
  to?: string;
  /** Cursor of the last statement on the previous page. */
  after?: string;
}

/** The order keys appear in a URL, so one view always has one address. */
const KEYS = [
  'speaker',
  'organization',
  'topic',
  'kind',
  'from',
  'to',
  'after',
] as const satisfies readonly (keyof StatementFilters)[];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads filters from a URL's search params, dropping any value that could not be a valid filter. */
export function parseStatementFilters(params: SearchParamsInput): StatementFilters {
  const filters: StatementFilters = {};
  const speaker = firstParam(params, 'speaker');
  if (speaker && SLUG.test(speaker)) filters.speaker = speaker;
  const organization = firstParam(params, 'organization');
  if (organization && SLUG.test(organization)) filters.organization = organization;
  const topic = firstParam(params, 'topic');
  if (topic && SLUG.test(topic)) filters.topic = topic;
  const kindName = firstParam(params, 'kind')?.toUpperCase();
  const kind = STATEMENT_KINDS.find((k) => k === kindName);
  if (kind) filters.kind = kind;
  const from = firstParam(params, 'from');
  if (from && isCalendarDay(from)) filters.from = from;
  const to = firstParam(params, 'to');
  if (to && isCalendarDay(to)) filters.to = to;
  // A window that ends before it starts is read the way it was surely meant.
  if (filters.from && filters.to && filters.from > filters.to) {
    [filters.from, filters.to] = [filters.to, filters.from];
  }
  const after = firstParam(params, 'after');
  if (after) filters.after = after;
  return filters;
}

/** Writes filters to search params in a fixed key order, leaving out the empty ones. */
export function statementFiltersToSearchParams(filters: StatementFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The address of the statements list narrowed by these filters. */
export function statementsHref(filters: StatementFilters): string {
  const query = statementFiltersToSearchParams(filters).toString();
  return query ? `/statements?${query}` : '/statements';
}

/** The same view without one filter (and back on the first page, since the list changed). */
export function withoutFilter(filters: StatementFilters, key: keyof StatementFilters): StatementFilters {
  const { [key]: _removed, after: _page, ...rest } = filters;
  return rest;
}

/** True when any filter narrows the list (paging alone does not). */
export const isFiltered = (filters: StatementFilters): boolean =>
  Boolean(
    filters.speaker || filters.organization || filters.topic || filters.kind || filters.from || filters.to,
  );
