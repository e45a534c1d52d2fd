import type { ReactNode } from 'react';
import form from '../../../../components/desk/form.module.css';

/** The required reason for an admin's change, with a hint saying where it is shown. */
export function ReasonField({
  id,
  label,
  defaultValue,
  invalid,
  children,
}: {
  id: string;
  label: string;
  defaultValue: string;
  invalid?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={form.field}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name="reason"
        required
        defaultValue={defaultValue}
        aria-describedby={`${id}-hint`}
        aria-invalid={invalid || undefined}
      />
      <p id={`${id}-hint`} className={form.hint}>
        {children}
      </p>
    </div>
  );
}
