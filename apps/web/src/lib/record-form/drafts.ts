import type { Draft, FieldDescriptor, FormDrafts, FormValues, Json } from './descriptors.ts';

/** The form name of a field inside another (`citations.0` + `excerpt`). */
export const nameIn = (parent: string, key: string | number) => (parent ? `${parent}.${key}` : String(key));

const asObject = (value: Json | undefined): Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
const asList = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);
const asText = (value: Json | undefined) => (value === null || value === undefined ? '' : String(value));

/**
 * What a field's controls show for a value (the empty draft for null): the inverse of reading the form. A list of
 * ids is a set (check boxes in the lists' order), so it is sorted: reordering is no change.
 */
export function draftOf(field: FieldDescriptor, value: Json | undefined): Draft {
  switch (field.kind) {
    case 'lines':
      return asList(value).map(asText).join('\n');
    case 'references':
      return asList(value).map(asText).sort();
    case 'date': {
      const date = asObject(value);
      return { edtf: asText(date.edtf), text: asText(date.text) };
    }
    case 'citation': {
      const citation = asObject(value);
      return { sourceId: asText(citation.sourceId), excerpt: asText(citation.excerpt) };
    }
    case 'group': {
      const group = asObject(value);
      return Object.fromEntries(field.fields.map((f) => [f.key, draftOf(f, group[f.key])]));
    }
    case 'list':
      return asList(value).map((item) => draftOf(field.item, item));
    default:
      return asText(value);
  }
}

/** The drafts of a record's fields for its values. */
export const draftsOf = (fields: readonly FieldDescriptor[], values: FormValues): FormDrafts =>
  Object.fromEntries(fields.map((f) => [f.key, draftOf(f, values[f.key])]));

/** Whether a draft holds nothing at all (a list's spare row left as it was). */
export const isBlank = (draft: Draft): boolean =>
  typeof draft === 'string'
    ? draft.trim() === ''
    : Array.isArray(draft)
      ? draft.every(isBlank)
      : Object.values(draft).every(isBlank);

/** Browsers send a text area's line breaks as CRLF. */
const text = (entry: FormDataEntryValue | null) =>
  typeof entry === 'string' ? entry.replace(/\r\n?/g, '\n') : '';

/** The indices of a list's rows in a submitted form, in order (rows may have been removed in between). */
function rowsOf(form: FormData, name: string): number[] {
  const row = new RegExp(`^${name.replace(/[.]/g, '\\.')}\\.(\\d+)\\.`);
  const rows = new Set<number>();
  for (const key of form.keys()) {
    const found = row.exec(key)?.[1];
    if (found !== undefined) rows.add(Number(found));
  }
  return [...rows].sort((a, b) => a - b);
}

/** Whether a list row's "Remove" box is ticked. */
export const removeName = (row: string) => nameIn(row, 'remove');

/**
 * A field's draft as the submitted form holds it, under the form name `name`; a list keeps its rows in order,
 * without those ticked for removal and the spare rows left blank.
 */
export function readDraft(field: FieldDescriptor, form: FormData, name: string): Draft {
  switch (field.kind) {
    case 'references':
      return form.getAll(name).map(text).filter(Boolean).sort();
    case 'date':
      return { edtf: text(form.get(nameIn(name, 'edtf'))), text: text(form.get(nameIn(name, 'text'))) };
    case 'citation':
      return {
        sourceId: text(form.get(nameIn(name, 'sourceId'))),
        excerpt: text(form.get(nameIn(name, 'excerpt'))),
      };
    case 'group':
      return Object.fromEntries(field.fields.map((f) => [f.key, readDraft(f, form, nameIn(name, f.key))]));
    case 'list':
      return rowsOf(form, name)
        .filter((row) => !form.has(removeName(nameIn(name, row))))
        .map((row) => readDraft(field.item, form, nameIn(name, row)))
        .filter((draft) => !isBlank(draft));
    default:
      return text(form.get(name));
  }
}

/** The drafts of a record's fields in a submitted form. */
export const readDrafts = (fields: readonly FieldDescriptor[], form: FormData): FormDrafts =>
  Object.fromEntries(fields.map((f) => [f.key, readDraft(f, form, f.key)]));
