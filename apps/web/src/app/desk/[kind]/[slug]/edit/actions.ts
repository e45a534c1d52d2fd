'use server';

import { notFound, redirect } from 'next/navigation';
import { type DeskKind, isDeskKind, publicPath } from '../../../../../lib/desk-paths.ts';
import { changedKeys, fieldChanges, reapplied } from '../../../../../lib/record-form/changes.ts';
import type { FormValues } from '../../../../../lib/record-form/descriptors.ts';
import { draftsOf, readDrafts } from '../../../../../lib/record-form/drafts.ts';
import {
  type EditState,
  READ_FIELD,
  REASON_FIELD,
  REVISION_FIELD,
} from '../../../../../lib/record-form/edit-state.ts';
import { RecentRevisionsQuery, revisionsAfter } from '../../../../../lib/record-form/history.ts';
import { valuesOf } from '../../../../../lib/record-form/read-values.ts';
import { recordFields, recordKinds, recordSchemas } from '../../../../../lib/record-form/record-kinds.ts';
import { saveProblem } from '../../../../../lib/record-form/save-problems.ts';
import { mergeProblems, STAND_IN_ID, validateValues } from '../../../../../lib/record-form/validate.ts';
import { requireRole } from '../../../../../lib/session/viewer.ts';
import { editorMutation, editorQuery } from '../../../../../lib/urql/editor.ts';

/** The record a form edits: its kind and slug (its address) and its global id. */
export interface EditTarget {
  kind: string;
  slug: string;
  id: string;
}

/** The values of the version the editor read, carried by the form (only ever compared with what they enter). */
function readValues(entry: FormDataEntryValue | null): FormValues {
  try {
    const parsed: unknown = JSON.parse(typeof entry === 'string' ? entry : '');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as FormValues;
  } catch {}
  return {};
}

/**
 * Saves an edit: only the fields the editor changed from the version they read, checked first by the record's
 * validator, then by the API at that revision. Someone else's save in between is shown, never overwritten:
 * the form comes back over the record as it is now, with the editor's changes in it, to save again or not.
 */
export async function saveRecord(
  target: EditTarget,
  previous: EditState,
  form: FormData,
): Promise<EditState> {
  await requireRole('EDITOR');
  const { kind, slug, id } = target;
  if (!isDeskKind(kind)) notFound();
  const fields = recordFields(kind);
  const drafts = readDrafts(fields, form);
  const read = readValues(form.get(READ_FIELD));
  const answer: EditState = {
    ...previous,
    round: previous.round + 1,
    drafts,
    read,
    revision: Number(form.get(REVISION_FIELD)),
    reason: String(form.get(REASON_FIELD) ?? '').trim(),
    problems: [],
    conflict: null,
    notice: null,
  };

  // A form without the revision it was read at cannot be saved safely over anyone's change.
  if (!Number.isSafeInteger(answer.revision))
    return {
      ...answer,
      problems: [{ name: REVISION_FIELD, message: 'This form is incomplete: reload the page.' }],
    };

  const mine = changedKeys(draftsOf(fields, read), drafts);
  if (mine.length === 0) return { ...answer, notice: 'You changed nothing, so there is nothing to save.' };
  const { values, problems: unread } = valuesOf(fields, drafts);
  const problems = mergeProblems(
    unread,
    validateValues(recordSchemas[kind], fields, values, { id: STAND_IN_ID, slug }),
  );
  if (!answer.reason) problems.push({ name: REASON_FIELD, message: 'say why you make this change' });
  if (problems.length > 0) return { ...answer, problems };

  const refused = await recordKinds[kind].save(editorMutation, {
    id,
    expectedRevision: answer.revision,
    reason: answer.reason,
    fields: Object.fromEntries(mine.map((key) => [key, values[key] ?? null])),
  });
  if (refused.some((p) => p.code === 'CONFLICT')) return await conflicted(kind, target, answer, mine);
  if (refused.length > 0) return { ...answer, problems: refused.map(saveProblem) };
  redirect(publicPath(kind, slug));
}

/** The form once someone saved first: the record as it is now with the editor's changes over it, and theirs. */
async function conflicted(
  kind: DeskKind,
  { slug, id }: EditTarget,
  answer: EditState,
  mine: string[],
): Promise<EditState> {
  const fields = recordFields(kind);
  const [current, history] = await Promise.all([
    recordKinds[kind].load(editorQuery, slug),
    editorQuery(RecentRevisionsQuery, { id }),
  ]);
  if (!current) notFound();
  const changes = fieldChanges(answer.read, current.values);
  return {
    ...answer,
    drafts: reapplied(draftsOf(fields, current.values), draftsOf(fields, answer.read), answer.drafts),
    read: current.values,
    revision: current.revision,
    named: { choices: current.choices, sources: current.sources },
    conflict: {
      changes,
      overlapping: changes.map((c) => c.key).filter((key) => mine.includes(key)),
      revisions: revisionsAfter(history, answer.revision),
    },
  };
}
