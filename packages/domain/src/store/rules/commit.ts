import { PlainString, Text } from '../../records/common.ts';
import { datasetKeys } from '../../records/dataset.ts';
import { RecordType } from '../../records/enums.ts';
import { type DatasetInput, StoreInputError } from '../port.ts';
import { type Commit, type CommitPut, type Revision, RevisionConflict } from '../revision.ts';

/** The id a put names ('' when it names none: validation reports that record). */
export const putId = (put: CommitPut): string => {
  const id = (put.record.record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '';
};

/** Refuses a commit no store can write: no actor, a reason text cannot hold, a type or revision that is none. */
export function checkCommit(commit: Commit): void {
  if (!Text.safeParse(commit.actor).success)
    throw new StoreInputError('"actor" must be a non-empty text', 'actor');
  if (commit.reason !== null && !PlainString.safeParse(commit.reason).success)
    throw new StoreInputError('"reason" must be a text that can be stored, or null', 'reason');
  for (const { record, expectedRevision } of commit.puts) {
    if (!RecordType.safeParse(record.type).success)
      throw new StoreInputError(`"type" must be one of ${RecordType.options.join(', ')}`, 'type');
    if (!Number.isSafeInteger(expectedRevision) || expectedRevision < 0)
      throw new StoreInputError('"expectedRevision" must be a whole number ≥ 0', 'expectedRevision');
  }
}

/** A commit's records by type, as `validateWrite` checks them (positions follow the puts of each type). */
export function datasetOfPuts(puts: readonly CommitPut[]): DatasetInput {
  const dataset: { [K in keyof DatasetInput]-?: unknown[] } = Object.fromEntries(
    Object.values(datasetKeys).map((key) => [key, []]),
  ) as never;
  for (const { record } of puts) dataset[datasetKeys[record.type]].push(record.record);
  return dataset;
}

/** Throws a RevisionConflict for the first put whose record is not at the revision its writer read. */
export function checkRevisions(puts: readonly CommitPut[], current: ReadonlyMap<string, number>): void {
  for (const put of puts) {
    const id = putId(put);
    const actual = current.get(id) ?? 0;
    if (actual !== put.expectedRevision) throw new RevisionConflict(id, put.expectedRevision, actual);
  }
}

/** A commit's revisions in the order of its puts (a store writes them by type). */
export function inPutOrder(puts: readonly CommitPut[], revisions: readonly Revision[]): Revision[] {
  const byId = new Map(revisions.map((r) => [r.recordId, r]));
  return puts.map((put) => byId.get(putId(put)) as Revision);
}
