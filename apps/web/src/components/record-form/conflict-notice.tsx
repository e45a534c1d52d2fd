'use client';

import type { FieldDescriptor } from '../../lib/record-form/descriptors.ts';
import type { Conflict } from '../../lib/record-form/edit-state.ts';
import { type NameOf, showValue } from '../../lib/record-form/show-value.ts';
import styles from './record-form.module.css';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** A field's value, one line or one item a line. */
function Shown({ lines }: { lines: string[] }) {
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul>
      {lines.map((line, i) => (
        // Items may read the same (two citations of one excerpt): their place tells them apart.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is drawn once and never reordered
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

/**
 * Someone saved the record after the editor opened it: what they changed (field, before, after), why, and
 * what saving again does. The editor's own changes are still in the form below.
 */
export function ConflictNotice({
  conflict,
  fields,
  nameOf,
}: {
  conflict: Conflict;
  fields: readonly FieldDescriptor[];
  nameOf: NameOf;
}) {
  return (
    <section className={styles.conflict} aria-labelledby="conflict-title">
      <div role="alert">
        <h2 id="conflict-title">Someone saved this record after you opened it</h2>
        <p>
          Nothing of yours was saved. Your changes are still in the form below, over the record as it is now.
          Check their change, then press <strong>Save my changes over theirs</strong>: the fields you changed
          take your values, the others keep theirs.
        </p>
      </div>
      <ul className={styles.revisions}>
        {conflict.revisions.map((r) => (
          <li key={r.revision}>
            Revision {r.revision}, saved {when.format(new Date(r.at))} UTC
            {r.reason ? <>: “{r.reason}”</> : null}
          </li>
        ))}
      </ul>
      <h3>Their change</h3>
      {conflict.changes.length === 0 ? <p>They changed nothing that this form edits.</p> : null}
      <ul className={styles.changes}>
        {conflict.changes.map((change) => {
          const field = fields.find((f) => f.key === change.key);
          if (!field) return null;
          return (
            <li key={change.key}>
              <strong>{field.label}</strong>
              {conflict.overlapping.includes(change.key) ? (
                <span className={styles.overlap}>
                  {' '}
                  You changed it too: saving puts your value over theirs.
                </span>
              ) : null}
              <dl>
                <dt>Before</dt>
                <dd>
                  <Shown lines={showValue(field, change.before, nameOf)} />
                </dd>
                <dt>Now</dt>
                <dd>
                  <Shown lines={showValue(field, change.after, nameOf)} />
                </dd>
              </dl>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
