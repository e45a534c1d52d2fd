import type { Named } from './api-values.ts';
import type { FieldChange } from './changes.ts';
import type { FieldProblem, FormDrafts, FormValues } from './descriptors.ts';

/** A revision saved by someone else after the editor opened the record. */
export interface OtherRevision {
  revision: number;
  at: string;
  reason: string | null;
}

/** Someone saved the record after the editor opened it: what they changed, and which of it the editor changed too. */
export interface Conflict {
  changes: FieldChange[];
  /** Keys of `changes` the editor changed too: saving again puts the editor's value over theirs. */
  overlapping: string[];
  revisions: OtherRevision[];
}

/** Everything an edit form shows: what it holds, the version it edits, and what the last attempt answered. */
export interface EditState {
  /** Counts the answers, so the form is drawn afresh from each one. */
  round: number;
  drafts: FormDrafts;
  /** The values of the version being edited: saving sends only the fields that differ from them. */
  read: FormValues;
  /** Its revision, sent as `expectedRevision`. */
  revision: number;
  reason: string;
  problems: FieldProblem[];
  conflict: Conflict | null;
  /** A word that is not a problem, e.g. that nothing changed. */
  notice: string | null;
  /** The records and sources the version being edited names, which the lists may not hold. */
  named: Named;
}

/** Hidden form fields that carry the version being edited from one answer to the next. */
export const READ_FIELD = 'read';
export const REVISION_FIELD = 'expectedRevision';
export const REASON_FIELD = 'reason';
