'use client';

import { useState } from 'react';
import type { Draft, FieldDescriptor } from '../../lib/record-form/descriptors.ts';
import { nameIn, removeName } from '../../lib/record-form/drafts.ts';
import form from '../desk/form.module.css';
import { FieldBody } from './field-control.tsx';
import { useDescription } from './field-frame.tsx';
import styles from './record-form.module.css';
import { useScripted } from './use-scripted.ts';

type ListField = Extract<FieldDescriptor, { kind: 'list' }>;

/**
 * Repeated items (citations, participants, roles…), each in its own fieldset with a box to remove it, then an
 * empty one to add an item: left empty, it adds none. With scripts, a button adds more empty ones.
 */
export function ListControl({
  field,
  name,
  draft,
}: {
  field: ListField;
  name: string;
  draft: Draft | undefined;
}) {
  const items = Array.isArray(draft) ? draft : [];
  const [spare, setSpare] = useState(1);
  const noun = field.itemLabel.toLowerCase();
  const least = field.min > 0 ? `Keep at least ${field.min}.` : undefined;
  const { control, notes } = useDescription(name, [field.hint, least].filter(Boolean).join(' ') || undefined);
  return (
    <fieldset className={styles.fieldset} id={control.id} aria-describedby={control['aria-describedby']}>
      <legend className={form.legend}>{field.label}</legend>
      {notes}
      {items.map((item, row) => {
        const rowName = nameIn(name, row);
        return (
          <fieldset key={rowName} className={styles.item}>
            <legend>
              {field.itemLabel} {row + 1}
            </legend>
            <FieldBody field={field.item} name={rowName} draft={item} />
            <label className={styles.check}>
              <input type="checkbox" name={removeName(rowName)} /> Remove this {noun}
            </label>
          </fieldset>
        );
      })}
      {Array.from({ length: spare }, (_, extra) => {
        const rowName = nameIn(name, items.length + extra);
        return (
          <fieldset key={rowName} className={styles.item}>
            <legend>New {noun}</legend>
            <p className={`${form.hint} ${styles.note}`}>
              Fill it in to add a {noun}; left empty, it adds none.
            </p>
            <FieldBody field={field.item} name={rowName} draft={undefined} />
          </fieldset>
        );
      })}
      <AddButton noun={noun} onAdd={() => setSpare((n) => n + 1)} />
    </fieldset>
  );
}

/** Adds an empty item; only once the page's scripts run, as it does nothing without them. */
function AddButton({ noun, onAdd }: { noun: string; onAdd: () => void }) {
  if (!useScripted()) return null;
  return (
    <div className={form.actions}>
      <button type="button" className={form.quiet} onClick={onAdd}>
        Add another {noun}
      </button>
    </div>
  );
}
