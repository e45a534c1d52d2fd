'use client';

import type { Choice } from '../../lib/record-form/api-values.ts';
import type { Draft, FieldDescriptor } from '../../lib/record-form/descriptors.ts';
import form from '../desk/form.module.css';
import { FieldFrame, useDescription } from './field-frame.tsx';
import styles from './record-form.module.css';

type Field<K extends FieldDescriptor['kind']> = Extract<FieldDescriptor, { kind: K }>;

const text = (draft: Draft | undefined) => (typeof draft === 'string' ? draft : '');

/** A line of text, sentences (a text area), a list one a line, or a whole number. */
export function TextControl({
  field,
  name,
  draft,
}: {
  field: Field<'text' | 'lines' | 'integer'>;
  name: string;
  draft: Draft | undefined;
}) {
  const long = field.kind === 'lines' || (field.kind === 'text' && field.long);
  return (
    <FieldFrame name={name} label={field.label} hint={field.hint}>
      {(control) =>
        long ? (
          <textarea
            {...control}
            name={name}
            defaultValue={text(draft)}
            rows={field.kind === 'lines' ? 4 : 3}
          />
        ) : (
          <input
            {...control}
            type="text"
            name={name}
            defaultValue={text(draft)}
            {...(field.kind === 'integer' ? { inputMode: 'numeric' as const } : {})}
          />
        )
      }
    </FieldFrame>
  );
}

/**
 * One of a list: an enum's values or the records of a type. An empty first option clears an optional field
 * and, for a required one left empty, says to choose.
 */
export function SelectControl({
  name,
  label,
  hint,
  optional,
  options,
  draft,
  onChange,
}: {
  name: string;
  label: string;
  hint?: string | undefined;
  optional: boolean;
  options: readonly { value: string; label: string }[];
  draft: Draft | undefined;
  onChange?: (value: string) => void;
}) {
  const value = text(draft);
  // A value no list holds (a record left out of the lists) is kept, never silently dropped.
  const listed = value === '' || options.some((o) => o.value === value);
  return (
    <FieldFrame name={name} label={label} hint={hint}>
      {(control) => (
        <select
          {...control}
          name={name}
          defaultValue={value}
          onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        >
          {optional || value === '' ? <option value="">{optional ? '(none)' : 'Choose…'}</option> : null}
          {listed ? null : <option value={value}>{value}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** Records as options for a select. */
export const optionsOf = (choices: readonly Choice[]) =>
  choices.map((c) => ({ value: c.id, label: c.label }));

/** Several records of a type, each a check box (topics). */
export function CheckboxesControl({
  field,
  name,
  draft,
  choices,
}: {
  field: Field<'references'>;
  name: string;
  draft: Draft | undefined;
  choices: readonly Choice[];
}) {
  const checked = new Set(Array.isArray(draft) ? draft.map(text) : []);
  const { control, notes } = useDescription(name, field.hint);
  return (
    <fieldset className={styles.fieldset} aria-describedby={control['aria-describedby']}>
      <legend className={form.legend}>{field.label}</legend>
      {notes}
      <ul className={styles.boxes}>
        {choices.map((choice) => (
          <li key={choice.id}>
            <input
              type="checkbox"
              id={`${control.id}-${choice.id}`}
              name={name}
              value={choice.id}
              defaultChecked={checked.has(choice.id)}
            />
            <label htmlFor={`${control.id}-${choice.id}`}>{choice.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
