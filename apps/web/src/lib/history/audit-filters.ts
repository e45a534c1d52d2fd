import type { EnumOf } from '../../graphql.ts';
import { firstParam, isCalendarDay, type SearchParamsInput } from '../search-params.ts';

type RecordType = EnumOf<'AnyRecordType'>;

/** Every record type, in the order the audit log's filter offers them. */
export const RECORD_TYPE_LABELS: Record<RecordType, string> = {
  SUMMIT: 'Summit',
  MEETING: 'Meeting',
  STATEMENT: 'Statement',
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
  SOURCE: 'Source',
  TOPIC: 'Topic',
};

const RECORD_TYPES = Object.keys(RECORD_TYPE_LABELS) as RecordType[];

/** What the audit log is narrowed to, all of it in the URL so a view can be shared and paged without JavaScript. */
export interface AuditFilters {
  type?: RecordType;
  /** First day (UTC), YYYY-MM-DD. */
  from?: string;
  /** Last day (UTC), YYYY-MM-DD. */
  to?: string;
  /** Cursor of the last change on the previous page. */
  after?: string;
}

/** The order keys appear in a URL, so one view always has one address. */
const KEYS = ['type', 'from', 'to', 'after'] as const satisfies readonly (keyof AuditFilters)[];

/** Reads the filters from the URL, dropping any value that could not be one (an unknown type, a day that is not). */
export function parseAuditFilters(params: SearchParamsInput): AuditFilters {
  const filters: AuditFilters = {};
  const typeName = firstParam(params, 'type')?.toUpperCase();
  const type = RECORD_TYPES.find((t) => t === typeName);
  if (type) filters.type = type;
  const from = firstParam(params, 'from');
  if (from && isCalendarDay(from)) filters.from = from;
  const to = firstParam(params, 'to');
  if (to && isCalendarDay(to)) filters.to = to;
  // A window that ends before it starts is read the way it was surely meant.
  if (filters.from && filters.to && filters.from > filters.to)
    [filters.from, filters.to] = [filters.to, filters.from];
  const after = firstParam(params, 'after');
  if (after) filters.after = after;
  return filters;
}

/** The audit log's query string for these filters, keys in a fixed order, empty ones left out. */
export function auditSearch(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

/** The audit log's address for these filters. */
export function auditHref(filters: AuditFilters): string {
  const search = auditSearch(filters);
  return search ? `/desk/audit?${search}` : '/desk/audit';
}

/** The query string as it arrived, to compare with the canonical address of the same filters. */
export function searchOf(params: SearchParamsInput): string {
  if (params instanceof URLSearchParams) return params.toString();
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
      search.append(key, one);
  }
  return search.toString();
}

/** The `changes` query's arguments for these filters. */
export const changesArguments = ({ type, from, to, after }: AuditFilters) => ({
  types: type ? [type] : null,
  from: from ?? null,
  to: to ?? null,
  after: after ?? null,
});
