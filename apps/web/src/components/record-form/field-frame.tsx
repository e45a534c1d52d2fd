'use client';

import type { ReactNode } from 'react';
import form from '../desk/form.module.css';
import { controlId, useProblems } from './form-context.tsx';
import styles from './record-form.module.css';

/** What a control needs to name its hint and problem, and to say it is invalid. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** The hint and problem paragraphs of a control, and the attributes that tie them to it. */
export function useDescription(name: string, hint: string | undefined, within = false) {
  const problems = useProblems(name, within);
  const id = controlId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const problemId = problems.length > 0 ? `${id}-problem` : undefined;
  const described = [problemId, hintId].filter(Boolean).join(' ');
  const control: ControlProps = {
    id,
    ...(described ? { 'aria-describedby': described } : {}),
    ...(problems.length > 0 ? { 'aria-invalid': true as const } : {}),
  };
  const notes = (
    <>
      {hint ? (
        <p id={hintId} className={`${form.hint} ${styles.note}`}>
          {hint}
        </p>
      ) : null}
      {problemId ? (
        <p id={problemId} className={`${form.problem} ${styles.note}`}>
          {problems.join('; ')}
        </p>
      ) : null}
    </>
  );
  return { control, notes };
}

/** A labelled control: its label, hint and problem (above it, where they are read first), then the control. */
export function FieldFrame({
  name,
  label,
  hint,
  children,
}: {
  name: string;
  label: string;
  hint?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}) {
  const { control, notes } = useDescription(name, hint);
  return (
    <div className={form.field}>
      <label htmlFor={control.id}>{label}</label>
      {notes}
      {children(control)}
    </div>
  );
}
