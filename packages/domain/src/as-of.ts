import type { Citation } from './records/citation.ts';
import type { RecordOf } from './records/dataset.ts';
import type { RecordType } from './records/enums.ts';
import type { Summit, SummitDevelopment } from './records/summit.ts';

/** The publication date of a source (YYYY-MM-DD), undefined for one the caller does not know. */
export type PublishedAt = (sourceId: string) => string | undefined;

/** The record types whose existence depends on the day asked: those that cite sources. */
export const datedTypes = ['summit', 'meeting', 'statement'] as const satisfies readonly RecordType[];
export type DatedType = (typeof datedTypes)[number];
export const isDated = (type: RecordType): type is DatedType =>
  (datedTypes as readonly string[]).includes(type);

/** True when a citation's source was published by `asOf`. */
export const reportedBy =
  (asOf: string, publishedAt: PublishedAt) =>
  (citation: Pick<Citation, 'sourceId'>): boolean => {
    const published = publishedAt(citation.sourceId);
    return published !== undefined && published <= asOf;
  };

/** The summit's latest development: the highest sequence (the editor orders developments by their dates). */
export const latestOf = (developments: readonly SummitDevelopment[]): SummitDevelopment | undefined =>
  developments.reduce<SummitDevelopment | undefined>(
    (latest, d) => (latest === undefined || d.sequence > latest.sequence ? d : latest),
    undefined,
  );

/**
 * A summit's date or venue as its reported developments give it: from the latest that gives one. When no
 * development of the summit gives any, the developments say nothing of it and the record's own stands.
 */
function fromDevelopments<K extends 'summitDate' | 'locationId'>(
  all: readonly SummitDevelopment[],
  reported: readonly SummitDevelopment[],
  key: K,
  own: SummitDevelopment[K],
): SummitDevelopment[K] {
  if (all.every((d) => d[key] === null)) return own;
  return latestOf(reported.filter((d) => d[key] !== null))?.[key] ?? null;
}

/**
 * The summit as the sources had reported it by `asOf`: only what sources published by then cite, its status
 * that of the latest development reported by then, its date and venue those the developments had given. Null
 * when no source published by then cites it (in its citations, developments or candidate venues).
 */
export function summitAsOf(summit: Summit, asOf: string, publishedAt: PublishedAt): Summit | null {
  const reported = reportedBy(asOf, publishedAt);
  if (!citedSourceIds('summit', summit).some((sourceId) => reported({ sourceId }))) return null;
  const citations = summit.citations.filter(reported);
  const developments = summit.developments.filter((d) => reported(d.citation));
  const latest = latestOf(developments);
  return {
    ...summit,
    citations,
    developments,
    candidateLocations: summit.candidateLocations.filter((c) => reported(c.citation)),
    ...(latest && {
      status: latest.status,
      date: fromDevelopments(summit.developments, developments, 'summitDate', summit.date),
      locationId: fromDevelopments(summit.developments, developments, 'locationId', summit.locationId),
    }),
  };
}

/**
 * A record as the sources had it by `asOf`: a summit as `summitAsOf` gives it, a meeting or statement with the
 * citations published by then (null when none was), any other record as it is (it cites no source).
 */
export function recordAsOf<T extends RecordType>(
  type: T,
  record: RecordOf<T>,
  asOf: string,
  publishedAt: PublishedAt,
): RecordOf<T> | null {
  if (type === 'summit') return summitAsOf(record as Summit, asOf, publishedAt) as RecordOf<T> | null;
  if (!isDated(type)) return record;
  const { citations } = record as RecordOf<DatedType>;
  const reported = citations.filter(reportedBy(asOf, publishedAt));
  return reported.length === 0 ? null : ({ ...record, citations: reported } as RecordOf<T>);
}

/** The sources that cite a record: in its citations, and a summit's in its developments and candidate venues too. */
export function citedSourceIds(type: RecordType, record: RecordOf<RecordType>): string[] {
  if (!isDated(type)) return [];
  const dated = record as RecordOf<DatedType>;
  const summit = type === 'summit' ? (record as Summit) : null;
  return [
    ...new Set([
      ...dated.citations.map((c) => c.sourceId),
      ...(summit?.developments ?? []).map((d) => d.citation.sourceId),
      ...(summit?.candidateLocations ?? []).map((c) => c.citation.sourceId),
    ]),
  ];
}
