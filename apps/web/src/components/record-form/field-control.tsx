'use client';

import type { Draft } from '../../lib/record-form/descriptors.ts';
import { nameIn } from '../../lib/record-form/drafts.ts';
import form from '../desk/form.module.css';
import { CitationBody } from './citation-body.tsx';
import type { ControlProps } from './control-props.ts';
import { DateControl } from './date-control.tsx';
import { useFormContext } from './form-context.tsx';
import { ListControl } from './list-control.tsx';
import styles from './record-form.module.css';
import { CheckboxesControl, optionsOf, SelectControl, TextControl } from './simple-controls.tsx';

const member = (draft: Draft | undefined, key: string) =>
  draft && typeof draft === 'object' && !Array.isArray(draft) ? draft[key] : undefined;

/** The controls of a field inside a fieldset that names it already: a group's fields, a citation's parts. */
export function FieldBody({ field, name, draft }: ControlProps) {
  if (field.kind === 'citation') return <CitationBody name={name} optional={field.optional} draft={draft} />;
  if (field.kind !== 'group') return <FieldControl field={field} name={name} draft={draft} />;
  return (
    <>
      {field.fields.map((f) => (
        <FieldControl key={f.key} field={f} name={nameIn(name, f.key)} draft={member(draft, f.key)} />
      ))}
    </>
  );
}

/** The control of one field of a record's form, as its descriptor says, under the form name `name`. */
export function FieldControl({ field, name, draft }: ControlProps) {
  const { choices } = useFormContext();
  switch (field.kind) {
    case 'text':
    case 'lines':
    case 'integer':
      return <TextControl field={field} name={name} draft={draft} />;
    case 'choice':
    case 'reference':
      return (
        <SelectControl
          name={name}
          label={field.label}
          hint={field.hint}
          optional={field.optional}
          options={field.kind === 'choice' ? field.choices : optionsOf(choices[field.to])}
          draft={draft}
        />
      );
    case 'references':
      return <CheckboxesControl field={field} name={name} draft={draft} choices={choices[field.to]} />;
    case 'date':
      return <DateControl field={field} name={name} draft={draft} />;
    case 'list':
      return <ListControl field={field} name={name} draft={draft} />;
    case 'citation':
    case 'group':
      return (
        <fieldset className={styles.fieldset}>
          <legend className={form.legend}>{field.label}</legend>
          <FieldBody field={field} name={name} draft={draft} />
        </fieldset>
      );
  }
}
