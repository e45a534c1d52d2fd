'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import styles from './form.module.css';

/** A form's submit button that says it is working while the action runs (and works without JavaScript). */
export function SubmitButton({
  children,
  working,
  variant = 'button',
  name,
  value,
}: {
  children: ReactNode;
  /** What the button says while the form is being sent, e.g. "Saving…". */
  working: string;
  variant?: 'button' | 'quiet' | 'danger';
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      className={styles[variant]}
      aria-disabled={pending}
      name={name}
      value={value}
      onClick={(event) => pending && event.preventDefault()}
    >
      {pending ? working : children}
    </button>
  );
}
