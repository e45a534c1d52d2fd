import {
  changeOfRevisions,
  type RecordOf,
  type RecordType,
  type Revision,
  referencesOf,
} from '@parley/domain';
import type { LiveCommit, RecordChangeKind } from './live-updates.ts';

type AnyRecord = RecordOf<RecordType>;
const retracted = (record: AnyRecord | null) => record?.retractionReason !== undefined;
const merged = (record: AnyRecord | null) =>
  record !== null && 'mergedIntoId' in record && record.mergedIntoId !== undefined;

/** What a revision did: created, retracted or restored (un-retracted), merged into another, or else updated. */
export function changeKindOf({ before, after }: Pick<Revision, 'before' | 'after'>): RecordChangeKind {
  if (before === null) return 'created';
  if (retracted(after) !== retracted(before)) return retracted(after) ? 'retracted' : 'restored';
  if (merged(after) && !merged(before)) return 'merged';
  return 'updated';
}

/** The summits a record's page belongs to: a summit itself, or the summits it names (a meeting's, a statement's). */
function summitsOf(type: RecordType, id: string, record: AnyRecord | null): string[] {
  if (record === null) return [];
  if (type === 'summit') return [id];
  const references = (referencesOf[type] as (r: AnyRecord) => { type: RecordType; id: string }[])(record);
  return references.filter((r) => r.type === 'summit').map((r) => r.id);
}

/** The summits whose page shows a revision's record, before or after it: a meeting moved changes both pages. */
function summitsOfRevision({ type, recordId, before, after }: Revision): string[] {
  return [...new Set([...summitsOf(type, recordId, before), ...summitsOf(type, recordId, after)])];
}

/** The commit subscribers hear of, from the revisions `Store.commit` resolved with. */
export function liveCommitOf(revisions: readonly Revision[]): LiveCommit {
  const records = revisions.map((r) => ({
    type: r.type,
    id: r.recordId,
    revision: r.revision,
    kind: changeKindOf(r),
    at: r.at,
    summitIds: summitsOfRevision(r),
  }));
  return {
    records,
    summitIds: [...new Set(records.flatMap((r) => r.summitIds))],
    change: changeOfRevisions(revisions),
  };
}
