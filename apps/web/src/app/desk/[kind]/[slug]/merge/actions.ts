'use server';

import { redirect } from 'next/navigation';
import type { Problem } from '../../../../../components/desk/form-problems.tsx';
import { graphql } from '../../../../../graphql.ts';
import { deskPath } from '../../../../../lib/desk-paths.ts';
import { problemsOf } from '../../../../../lib/history/problems.ts';
import { requireRole } from '../../../../../lib/session/viewer.ts';
import { editorMutation } from '../../../../../lib/urql/editor.ts';
import { reasonOf } from '../record-action.ts';

const MergeMutation = graphql(`
  mutation MergePeople($input: MergePeopleInput!) {
    mergePeople(input: $input) {
      person {
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** Which side of the merge the person whose page it is stands on. */
export type MergeSide = 'duplicate' | 'survivor';

/** What the merge form shows after a refused attempt: why, and the choices made, to send again. */
export interface MergeState {
  problems: Problem[];
  side: MergeSide | null;
  otherId: string;
  reason: string;
}

/** The form's names for the API's input fields, so a problem names what the admin sees. */
const FIELD_NAMES = {
  side: 'This person is',
  otherId: 'The other person',
  survivorId: 'The person who stays',
  duplicateId: 'The duplicate',
  reason: 'Reason for merging',
};

const sideOf = (value: FormDataEntryValue | null): MergeSide | null =>
  value === 'duplicate' || value === 'survivor' ? value : null;

/** Merges two people (admins), then shows the history of the person who stays. */
export async function mergeAction(_previous: MergeState, form: FormData): Promise<MergeState> {
  await requireRole('ADMIN');
  const personId = String(form.get('personId') ?? '');
  const side = sideOf(form.get('side'));
  const otherId = String(form.get('otherId') ?? '');
  const reason = reasonOf(form);
  const missing: Problem[] = [
    side
      ? null
      : { field: [FIELD_NAMES.side], message: 'Choose whether this person is the duplicate or stays.' },
    otherId ? null : { field: [FIELD_NAMES.otherId], message: 'Choose the other person.' },
    reason
      ? null
      : { field: [FIELD_NAMES.reason], message: 'Say why they are one person: the histories keep it.' },
  ].filter((problem) => problem !== null);
  if (missing.length > 0 || !side) return { problems: missing, side, otherId, reason };
  const [survivorId, duplicateId] = side === 'duplicate' ? [otherId, personId] : [personId, otherId];
  const { mergePeople } = await editorMutation(MergeMutation, { input: { survivorId, duplicateId, reason } });
  if (!mergePeople.person)
    return { problems: problemsOf(mergePeople.userErrors, FIELD_NAMES), side, otherId, reason };
  redirect(`${deskPath('people', mergePeople.person.slug, 'history')}?merged=1`);
}
