import type { AnyRecord, RecordOf } from '../records/dataset.ts';
import type { RecordType } from '../records/enums.ts';

/**
 * One change of one record: its number (1 for the record's first version, then 2, 3…), who made it (an account
 * id, or `"import"`), when the store committed it (ISO 8601 in UTC, to the millisecond, by the store's clock),
 * the reason given, and the whole record before (null when it was created) and after.
 */
export type Revision = {
  [T in RecordType]: {
    recordId: string;
    type: T;
    revision: number;
    actor: string;
    at: string;
    reason: string | null;
    before: RecordOf<T> | null;
    after: RecordOf<T>;
  };
}[RecordType];

/** A record to write and the revision the writer read: 0 when the record must not exist yet. */
export interface CommitPut {
  record: AnyRecord;
  expectedRevision: number;
}

/** Records written together, all or none, by one actor for one reason. */
export interface Commit {
  actor: string;
  reason: string | null;
  puts: readonly CommitPut[];
}

/** Which changes the audit log lists: by actor, by record type, and a window of time (inclusive). */
export interface ChangesFilter {
  actors?: readonly string[] | null;
  types?: readonly RecordType[] | null;
  /** An ISO 8601 time, or a date (YYYY-MM-DD: from the start of that day, UTC). */
  from?: string | null;
  /** An ISO 8601 time, or a date (YYYY-MM-DD: to the end of that day, UTC). */
  to?: string | null;
}

/** The actor of records written by `writeDataset` when its options name none (imports, the seed). */
export const IMPORT_ACTOR = 'import';

/** A commit refused because a record is not at the revision its writer read: someone else changed it first. */
export class RevisionConflict extends Error {
  override name = 'RevisionConflict';
  constructor(
    readonly recordId: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(
      actual === 0
        ? `"${recordId}" does not exist (expected revision ${expected})`
        : `"${recordId}" is at revision ${actual}, not ${expected}`,
    );
  }
}
