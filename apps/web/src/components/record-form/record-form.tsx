'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { type Choices, withNamed } from '../../lib/record-form/choice-lists.ts';
import type { FieldDescriptor } from '../../lib/record-form/descriptors.ts';
import {
  type EditState,
  READ_FIELD,
  REASON_FIELD,
  REVISION_FIELD,
} from '../../lib/record-form/edit-state.ts';
import { labelPath } from '../../lib/record-form/field-names.ts';
import { nameLookup } from '../../lib/record-form/show-value.ts';
import form from '../desk/form.module.css';
import { FormProblems } from '../desk/form-problems.tsx';
import { SubmitButton } from '../desk/submit-button.tsx';
import { ConflictNotice } from './conflict-notice.tsx';
import { FieldControl } from './field-control.tsx';
import { FieldFrame } from './field-frame.tsx';
import { FormContext } from './form-context.tsx';

const REASON_LABEL = 'Why';

/**
 * A record's edit form, generated from its fields: each answer of the save action (problems, a conflict, that
 * nothing changed) draws it afresh with what the editor entered. Works without scripts.
 */
export function RecordForm({
  fields,
  choices,
  initial,
  action,
  leaveHref,
  historyHref,
}: {
  fields: FieldDescriptor[];
  choices: Choices;
  initial: EditState;
  action: (previous: EditState, form: FormData) => Promise<EditState>;
  /** Where "Leave without saving" goes: the record's public page. */
  leaveHref: string;
  /** The record's history on the desk. */
  historyHref: string;
}) {
  const [state, formAction] = useActionState(action, initial);
  const context = {
    choices: withNamed(choices, state.named.choices),
    sources: state.named.sources,
    problems: state.problems,
  };
  const listed = state.problems.map((p) => ({
    field: p.name === REASON_FIELD ? [REASON_LABEL] : labelPath(fields, p.name),
    message: p.message,
  }));
  return (
    <FormContext value={context}>
      <p>
        You are editing revision {state.revision}. Saving sends only the fields you change, with your reason;
        the record’s <Link href={historyHref}>history</Link> keeps every revision.
      </p>
      {state.conflict ? (
        <ConflictNotice conflict={state.conflict} fields={fields} nameOf={nameLookup(context.choices)} />
      ) : null}
      <FormProblems problems={listed} />
      {state.notice ? (
        <p role="status" className={form.done}>
          {state.notice}
        </p>
      ) : null}
      <form key={state.round} action={formAction} className={form.form}>
        <input type="hidden" name={READ_FIELD} value={JSON.stringify(state.read)} />
        <input type="hidden" name={REVISION_FIELD} value={state.revision} />
        {fields.map((field) => (
          <FieldControl key={field.key} field={field} name={field.key} draft={state.drafts[field.key]} />
        ))}
        <FieldFrame
          name={REASON_FIELD}
          label={REASON_LABEL}
          hint="What you correct and on what grounds: kept with the change in the record’s history."
        >
          {(control) => (
            <input
              {...control}
              type="text"
              name={REASON_FIELD}
              defaultValue={state.reason}
              aria-required="true"
            />
          )}
        </FieldFrame>
        <div className={form.actions}>
          <SubmitButton working="Saving…">
            {state.conflict ? 'Save my changes over theirs' : 'Save changes'}
          </SubmitButton>
          <Link href={leaveHref}>Leave without saving</Link>
        </div>
      </form>
    </FormContext>
  );
}
