import type { EnumOf } from '../graphql.ts';
import { STATEMENT_KINDS } from './labels.ts';

/** What the statements list is narrowed to; every field lives in the URL so a view can be shared. */
export interface StatementFilters {
  /** Slug of the person who spoke. */
  speaker?: string;
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
  'topic',
  'kind',
  'from',
  'to',
  'after',
] as const satisfies readonly (keyof StatementFilters)[];

/** Next's searchParams prop or any URLSearchParams. */
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function first(params: SearchParamsInput, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  const one = Array.isArray(value) ? value[0] : value;
  const trimmed = one?.trim();
  return trimmed ? trimmed : undefined;
}

/** Reads filters from a URL's search params, dropping any value that could not be a valid filter. */
export function parseStatementFilters(params: SearchParamsInput): StatementFilters {
  const filters: StatementFilters = {};
  const speaker = first(params, 'speaker');
  if (speaker && SLUG.test(speaker)) filters.speaker = speaker;
  const topic = first(params, 'topic');
  if (topic && SLUG.test(topic)) filters.topic = topic;
  const kindName = first(params, 'kind')?.toUpperCase();
  const kind = STATEMENT_KINDS.find((k) => k === kindName);
  if (kind) filters.kind = kind;
  const from = first(params, 'from');
  if (from && isRealDay(from)) filters.from = from;
  const to = first(params, 'to');
  if (to && isRealDay(to)) filters.to = to;
  // A window that ends before it starts is read the way it was surely meant.
  if (filters.from && filters.to && filters.from > filters.to) {
    [filters.from, filters.to] = [filters.to, filters.from];
  }
  const after = first(params, 'after');
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
  Boolean(filters.speaker || filters.topic || filters.kind || filters.from || filters.to);
