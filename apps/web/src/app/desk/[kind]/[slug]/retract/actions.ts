'use server';

import { redirect } from 'next/navigation';
import type { Problem } from '../../../../../components/desk/form-problems.tsx';
import { graphql } from '../../../../../graphql.ts';
import { deskPath, isDeskKind } from '../../../../../lib/desk-paths.ts';
import { problemsOf } from '../../../../../lib/history/problems.ts';
import { requireRole } from '../../../../../lib/session/viewer.ts';
import { editorMutation } from '../../../../../lib/urql/editor.ts';
import { INCOMPLETE, readRecordForm } from '../record-action.ts';

const RetractMutation = graphql(`
  mutation RetractRecord($input: RetractRecordInput!) {
    retractRecord(input: $input) {
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

/** What the retract form shows after a refused attempt: why, and the reason typed, to send again. */
export interface RetractState {
  problems: Problem[];
  reason: string;
}

/** The form's name for the API's input field, so a problem names what the admin sees. */
const FIELD_NAMES = { reason: 'Reason for retracting' };

/** Retracts a record (admins), then shows its retract page, which now says it is retracted and where readers see why. */
export async function retractAction(_previous: RetractState, form: FormData): Promise<RetractState> {
  await requireRole('ADMIN');
  const { kind, slug, id, expectedRevision, reason } = readRecordForm(form);
  if (!isDeskKind(kind) || !Number.isSafeInteger(expectedRevision)) {
    return { problems: [INCOMPLETE], reason };
  }
  if (!reason) {
    return {
      problems: [
        { field: [FIELD_NAMES.reason], message: 'Say why it is retracted: readers are shown the reason.' },
      ],
      reason,
    };
  }
  const { retractRecord } = await editorMutation(RetractMutation, {
    input: { id, expectedRevision, reason },
  });
  if (retractRecord.userErrors.length > 0)
    return { problems: problemsOf(retractRecord.userErrors, FIELD_NAMES), reason };
  redirect(deskPath(kind, slug, 'retract'));
}
