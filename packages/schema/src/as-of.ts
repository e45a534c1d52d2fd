import { citedSourceIds, type RecordOf, type RecordType, recordAsOf } from '@parley/domain';
import type { ParleyContext } from './context.ts';
import { SourceRef } from './refs.ts';

/** What the `asOf` argument of every read that can look back means. */
export const asOfDescription =
  'Answer as the sources had reported it by this day: a summit, meeting or statement exists from the earliest publication of the sources it cites, and a summit stands as its developments reported by then left it (status, date, venue). Today when not given.';

/** What the `includeRetracted` argument of every list means. */
export const includeRetractedDescription =
  'List retracted records too (each says why in `retractionReason`); they are left out when not given.';

/** The record as the sources had it by `asOf` (null when none had reported it), the sources read through the request's loader. */
export async function viewAsOf<T extends RecordType>(
  context: ParleyContext,
  type: T,
  record: RecordOf<T> | null | undefined,
  asOf: string | null | undefined,
): Promise<RecordOf<T> | null> {
  if (!record) return null;
  if (!asOf) return record;
  const loader = SourceRef.getDataloader(context);
  const sources = await Promise.all(citedSourceIds(type, record).map((id) => loader.load(id)));
  const dates = new Map(sources.map((s) => [s.id, s.publishedAt]));
  return recordAsOf(type, record, asOf, (id) => dates.get(id));
}
