'use client';

import { useActionState } from 'react';
import form from '../../../../../components/desk/form.module.css';
import { FormProblems } from '../../../../../components/desk/form-problems.tsx';
import { SubmitButton } from '../../../../../components/desk/submit-button.tsx';
import { ReasonField } from '../reason-field.tsx';
import { type MergeState, mergeAction } from './actions.ts';
import styles from './merge.module.css';

const nothingYet: MergeState = { problems: [], side: null, otherId: '', reason: '' };

/** Someone the person may be merged with. */
interface Candidate {
  id: string;
  name: string;
  slug: string;
}

/** Whether a problem concerns the field the form labels so. */
const about = (state: MergeState, label: string) =>
  state.problems.some((p) => p.field.includes(label)) || undefined;

/**
 * Which side of the merge this person is on (no default, so the choice is made on purpose), the other person,
 * and why.
 */
export function MergeForm({ person, others }: { person: Candidate; others: readonly Candidate[] }) {
  const [state, action] = useActionState(mergeAction, nothingYet);
  return (
    <form action={action} className={form.form}>
      <input type="hidden" name="personId" value={person.id} />
      <fieldset className={styles.sides}>
        <legend className={form.legend}>This person, {person.name}, is</legend>
        <label className={styles.side}>
          <input
            type="radio"
            name="side"
            value="duplicate"
            required
            defaultChecked={state.side === 'duplicate'}
          />{' '}
          the duplicate, merged into the person chosen below
        </label>
        <label className={styles.side}>
          <input
            type="radio"
            name="side"
            value="survivor"
            required
            defaultChecked={state.side === 'survivor'}
          />{' '}
          the person who stays, with the person chosen below merged into them
        </label>
      </fieldset>
      <div className={form.field}>
        <label htmlFor="merge-other">The other person</label>
        <select
          id="merge-other"
          name="otherId"
          required
          defaultValue={state.otherId}
          aria-invalid={about(state, 'The other person')}
        >
          <option value="">Choose a person</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name} ({other.slug})
            </option>
          ))}
        </select>
      </div>
      <ReasonField
        id="merge-reason"
        label="Reason for merging"
        defaultValue={state.reason}
        invalid={about(state, 'Reason for merging')}
      >
        Kept with the revision of every record the merge changes.
      </ReasonField>
      <FormProblems problems={state.problems} title="Nothing was merged" />
      <div className={form.actions}>
        <SubmitButton variant="danger" working="Merging…">
          Merge these people
        </SubmitButton>
      </div>
    </form>
  );
}
