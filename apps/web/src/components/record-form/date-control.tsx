'use client';

import type { Draft } from '../../lib/record-form/descriptors.ts';
import { nameIn } from '../../lib/record-form/drafts.ts';
import form from '../desk/form.module.css';
import type { ControlProps } from './control-props.ts';
import { useDescription } from './field-frame.tsx';
import styles from './record-form.module.css';

const EDTF_HINT =
  'In EDTF: 2019-02-27 (a day), 2019-02 (a month), 2019 (a year), 2019-02-21/2019-02-28 (a span the source allows).';

const part = (draft: Draft | undefined, key: string) =>
  draft && typeof draft === 'object' && !Array.isArray(draft) && typeof draft[key] === 'string'
    ? draft[key]
    : '';

/** A fuzzy date: its EDTF, from which its bounds and precision are read, and the source's own words for it. */
export function DateControl({ field, name, draft }: ControlProps) {
  const edtf = nameIn(name, 'edtf');
  const words = nameIn(name, 'text');
  // The date's problems (its bounds, its EDTF) are the EDTF box's: that is where they are fixed.
  const { control, notes } = useDescription(
    name,
    field.optional ? `${EDTF_HINT} Leave empty when unknown.` : EDTF_HINT,
    true,
  );
  return (
    <fieldset className={styles.fieldset}>
      <legend className={form.legend}>{field.label}</legend>
      <div className={form.field}>
        <label htmlFor={control.id}>{field.label} (EDTF)</label>
        {notes}
        <input {...control} type="text" name={edtf} defaultValue={part(draft, 'edtf')} spellCheck={false} />
      </div>
      <div className={form.field}>
        <label htmlFor={`${control.id}-text`}>{field.label}: the source’s words</label>
        <p id={`${control.id}-text-hint`} className={`${form.hint} ${styles.note}`}>
          e.g. “near the end of February”; empty when the source gives no words for it.
        </p>
        <input
          id={`${control.id}-text`}
          aria-describedby={`${control.id}-text-hint`}
          type="text"
          name={words}
          defaultValue={part(draft, 'text')}
        />
      </div>
    </fieldset>
  );
}
