'use client';

import { useActionState } from 'react';
import form from '../../../../../components/desk/form.module.css';
import { FormProblems } from '../../../../../components/desk/form-problems.tsx';
import { SubmitButton } from '../../../../../components/desk/submit-button.tsx';
import styles from '../../../../../components/history/history.module.css';
import type { DeskKind } from '../../../../../lib/desk-paths.ts';
import { type RevertState, revertAction } from './actions.ts';

const nothingYet: RevertState = { problems: [], conflict: false, reason: '' };

/**
 * An admin's way back to an earlier revision, folded away so that one click never rewrites a record: it opens
 * on a reason and a button naming the revision. It sends the revision the page showed as current, so a record
 * changed since is refused rather than overwritten.
 */
export function RevertForm({
  kind,
  slug,
  id,
  revision,
  currentRevision,
  historyHref,
}: {
  kind: DeskKind;
  slug: string;
  id: string;
  revision: number;
  currentRevision: number;
  historyHref: string;
}) {
  const [state, action] = useActionState(revertAction, nothingYet);
  const reasonId = `revert-reason-${revision}`;
  const refused = state.problems.length > 0;
  return (
    <details className={styles.revert} open={refused || undefined}>
      <summary>Revert to this revision</summary>
      <form action={action} className={form.form}>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="revision" value={revision} />
        <input type="hidden" name="expectedRevision" value={currentRevision} />
        <p>
          The record is written again as it was at revision {revision}, as a new revision{' '}
          {currentRevision + 1}. Nothing is lost: the revisions since stay in the history.
        </p>
        <div className={form.field}>
          <label htmlFor={reasonId}>Reason for reverting (optional)</label>
          <input
            id={reasonId}
            name="reason"
            type="text"
            defaultValue={state.reason}
            aria-describedby={`${reasonId}-hint`}
          />
          <p id={`${reasonId}-hint`} className={form.hint}>
            Left empty, the history says “Reverted to revision {revision}”.
          </p>
        </div>
        <FormProblems problems={state.problems} title="Nothing was reverted" />
        {state.conflict ? (
          <p>
            <a href={historyHref}>Reload the history</a>
          </p>
        ) : null}
        <div className={form.actions}>
          <SubmitButton variant="danger" working="Reverting…">
            Revert to revision {revision}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
