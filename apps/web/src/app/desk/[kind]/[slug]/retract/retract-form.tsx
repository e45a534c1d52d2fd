'use client';

import { useActionState } from 'react';
import form from '../../../../../components/desk/form.module.css';
import { FormProblems } from '../../../../../components/desk/form-problems.tsx';
import { SubmitButton } from '../../../../../components/desk/submit-button.tsx';
import type { DeskKind } from '../../../../../lib/desk-paths.ts';
import { ReasonField } from '../reason-field.tsx';
import { type RetractState, retractAction } from './actions.ts';

const nothingYet: RetractState = { problems: [], reason: '' };

/** The reason for retracting a record, required, sent with the revision the page showed. */
export function RetractForm({
  kind,
  slug,
  id,
  revision,
}: {
  kind: DeskKind;
  slug: string;
  id: string;
  revision: number;
}) {
  const [state, action] = useActionState(retractAction, nothingYet);
  return (
    <form action={action} className={form.form}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="expectedRevision" value={revision} />
      <ReasonField
        id="retract-reason"
        label="Reason for retracting"
        defaultValue={state.reason}
        invalid={state.problems.some((p) => p.field.length > 0)}
      >
        Shown to readers on the record’s public page, e.g. “The source withdrew the report.”
      </ReasonField>
      <FormProblems problems={state.problems} />
      <div className={form.actions}>
        <SubmitButton variant="danger" working="Retracting…">
          Retract this record
        </SubmitButton>
      </div>
    </form>
  );
}
