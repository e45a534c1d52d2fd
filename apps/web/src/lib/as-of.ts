import { isCalendarDay } from './search-params.ts';
import { BadArgumentError } from './urql/answer.ts';

/**
 * "As of": a public page can show the record as the sources had reported it by a past day, named in its
 * address as `?asOf=YYYY-MM-DD` so the view can be shared.
 */

/** The search parameter that carries the day. */
export const AS_OF_PARAM = 'asOf';

/** The day asked for (null: today's record), or why the address's value cannot be one. */
export type AsOfParam = { ok: true; asOf: string | null } | { ok: false; reason: string };

/** Reads `asOf` from a page's search params: absent or empty is today's record, anything else must be a day. */
export function parseAsOf(value: string | string[] | undefined): AsOfParam {
  const one = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!one) return { ok: true, asOf: null };
  if (isCalendarDay(one)) return { ok: true, asOf: one };
  return { ok: false, reason: `“${one}” is not a day written as YYYY-MM-DD, e.g. 2019-02-01` };
}

/** The day a page is asked for; a malformed one is the reader's mistake, which `withBadAddress` answers. */
export function readAsOf(value: string | string[] | undefined): string | null {
  const parsed = parseAsOf(value);
  if (!parsed.ok) throw new BadArgumentError(parsed.reason, AS_OF_PARAM);
  return parsed.asOf;
}

/** An address with `asOf` added, so a link from a past view keeps showing that day (unchanged for today's record). */
export function withAsOf(href: string, asOf: string | null): string {
  if (!asOf) return href;
  const hashAt = href.indexOf('#');
  const [path, hash] = hashAt === -1 ? [href, ''] : [href.slice(0, hashAt), href.slice(hashAt)];
  return `${path}${path.includes('?') ? '&' : '?'}${AS_OF_PARAM}=${asOf}${hash}`;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2019-02-01" → "1 February 2019". */
export const dayLabel = (day: string): string => dayFormat.format(new Date(`${day}T00:00:00Z`));

/** Today in UTC, YYYY-MM-DD: the latest day a reader can ask for. */
export const today = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** A citation as far as "as of" cares: the day its source was published. */
interface Dated {
  source: { publishedAt: string };
}

/** True when the citation's source had been published by `asOf` (always, for today's record). */
export const isReported = (citation: Dated, asOf: string | null): boolean =>
  asOf === null || citation.source.publishedAt <= asOf;

/** The citations whose sources had been published by `asOf`. */
export const reportedCitations = <T extends Dated>(citations: readonly T[], asOf: string | null): T[] =>
  citations.filter((citation) => isReported(citation, asOf));

/** The day the first of these sources was published, if any. */
export const firstReportedOn = (citations: readonly Dated[]): string | undefined =>
  citations.map((c) => c.source.publishedAt).sort()[0];

/** A summit development as the step links need it: its place in the history and the day it was reported. */
export interface ReportStep {
  sequence: number;
  reportedOn: string;
}

/**
 * The development the view as of `asOf` stands on: the highest sequence reported by then, as the API takes the
 * latest (undefined before the first report).
 */
export function currentStep<T extends ReportStep>(steps: readonly T[], asOf: string | null): T | undefined {
  return steps
    .filter((step) => asOf === null || step.reportedOn <= asOf)
    .reduce<T | undefined>(
      (latest, step) => (latest && latest.sequence > step.sequence ? latest : step),
      undefined,
    );
}

/**
 * The report days either side of the view as of `asOf`, where the record changed: `previous` is the last report
 * day before the one the view stands on, `next` the first after `asOf` (none after today's record).
 */
export function neighbourReports(
  reportDays: readonly string[],
  asOf: string | null,
): { previous?: string; next?: string } {
  const days = [...reportDays].sort();
  const standsOn = days.filter((day) => asOf === null || day <= asOf).at(-1);
  return {
    previous: standsOn ? days.filter((day) => day < standsOn).at(-1) : undefined,
    next: asOf === null ? undefined : days.find((day) => day > asOf),
  };
}
