import type { ReactNode } from 'react';
import styles from '../desk/form.module.css';

/** What a control needs to be labelled, named and tied to its problem. */
export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** A form field's id from its name (`r3.quote` → `field-r3-quote`). */
export const fieldId = (name: string) => `field-${name.replace(/\./g, '-')}`;

/**
 * One labelled control of the review, with a hint and the problem found in it (announced by the form's
 * problem list, and tied to the control so a screen reader reads it there too).
 */
export function Field({
  name,
  label,
  hint,
  problem,
  className,
  control,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  problem?: string | undefined;
  className?: string;
  control: (props: ControlProps) => ReactNode;
}) {
  const id = fieldId(name);
  const described = [hint ? `${id}-hint` : null, problem ? `${id}-problem` : null].filter(Boolean).join(' ');
  return (
    <div className={[styles.field, className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      ) : null}
      {control({
        id,
        name,
        'aria-invalid': problem ? true : undefined,
        'aria-describedby': described || undefined,
      })}
      {problem ? (
        <span id={`${id}-problem`} className={styles.problem}>
          {problem}
        </span>
      ) : null}
    </div>
  );
}
