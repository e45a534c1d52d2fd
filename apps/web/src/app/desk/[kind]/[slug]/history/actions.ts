'use server';

import { redirect } from 'next/navigation';
import type { Problem } from '../../../../../components/desk/form-problems.tsx';
import { graphql } from '../../../../../graphql.ts';
import { deskPath, isDeskKind } from '../../../../../lib/desk-paths.ts';
import { isConflict, problemsOf } from '../../../../../lib/history/problems.ts';
import { requireRole } from '../../../../../lib/session/viewer.ts';
import { editorMutation } from '../../../../../lib/urql/editor.ts';
import { INCOMPLETE, intOf, readRecordForm } from '../record-action.ts';

const RevertMutation = graphql(`
  mutation RevertRecord($input: RevertRecordInput!) {
    revertRecord(input: $input) {
      record {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** What a revert form shows after a refused attempt: why, whether reloading would help, and the reason typed. */
export interface RevertState {
  problems: Problem[];
  conflict: boolean;
  reason: string;
}

/**
 * Writes an earlier revision of a record again, as a new revision, then shows the history from the top. Admins
 * only (a revert can undo a retraction or a merge; the API checks it too), and only over the revision the admin
 * saw: a record changed since is a conflict.
 */
export async function revertAction(_previous: RevertState, form: FormData): Promise<RevertState> {
  await requireRole('ADMIN');
  const { kind, slug, id, expectedRevision, reason } = readRecordForm(form);
  const revision = intOf(form.get('revision'));
  if (!isDeskKind(kind) || !Number.isSafeInteger(revision) || !Number.isSafeInteger(expectedRevision)) {
    return { problems: [INCOMPLETE], conflict: false, reason };
  }
  const { revertRecord } = await editorMutation(RevertMutation, {
    input: {
      id,
      revision,
      expectedRevision,
      reason: reason || `Reverted to revision ${revision}`,
    },
  });
  const { userErrors } = revertRecord;
  if (userErrors.length > 0)
    return { problems: problemsOf(userErrors), conflict: isConflict(userErrors), reason };
  redirect(`${deskPath(kind, slug, 'history')}?reverted=${revision}`);
}
