import type { Draft, FormDrafts, Json } from './descriptors.ts';

/** Whether two values are the same, deeply (objects whatever the order of their keys). */
export function sameValue(a: Json | Draft | undefined, b: Json | Draft | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameValue(v, b[i]))
    );
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => sameValue(a[key], b[key]));
}

/** The keys whose value differs between two records (of the same fields), in `after`'s order. */
export const changedKeys = <T extends Json | Draft>(before: Record<string, T>, after: Record<string, T>) =>
  Object.keys(after).filter((key) => !sameValue(before[key], after[key]));

/** One field that someone changed: its key and its value before and after. */
export interface FieldChange {
  key: string;
  before: Json;
  after: Json;
}

/** What changed between two versions of a record's values, field by field. */
export const fieldChanges = (before: Record<string, Json>, after: Record<string, Json>): FieldChange[] =>
  changedKeys(before, after).map((key) => ({ key, before: before[key] ?? null, after: after[key] ?? null }));

/**
 * The form to show once someone else saved first: the record as it is now, with the editor's own changes (the
 * fields they changed from the version they read) put back over it, so saving again changes only those.
 */
export const reapplied = (current: FormDrafts, read: FormDrafts, mine: FormDrafts): FormDrafts => ({
  ...current,
  ...Object.fromEntries(changedKeys(read, mine).map((key) => [key, mine[key] as Draft])),
});
