import type { FieldDescriptor, Json, ReferenceType } from './descriptors.ts';

/** The name of a record by its global id (the id itself when no list holds it). */
export type NameOf = (type: ReferenceType, id: string) => string;

export const NOTHING = '(none)';

const record = (value: Json): Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};

/**
 * A field's value in words an editor reads (names, not ids): one line, or one a list item. Used to show what
 * another editor changed.
 */
export function showValue(field: FieldDescriptor, value: Json, nameOf: NameOf): string[] {
  if (value === null || (Array.isArray(value) && value.length === 0)) return [NOTHING];
  switch (field.kind) {
    case 'list':
      return Array.isArray(value) ? value.flatMap((item) => showValue(field.item, item, nameOf)) : [];
    case 'lines':
      return [Array.isArray(value) ? value.join(', ') : String(value)];
    case 'references':
      return [
        Array.isArray(value) ? value.map((id) => nameOf(field.to, String(id))).join(', ') : String(value),
      ];
    case 'reference':
      return [nameOf(field.to, String(value))];
    case 'choice':
      return [field.choices.find((c) => c.value === value)?.label ?? String(value)];
    case 'date': {
      const { edtf, text } = record(value);
      return [text ? `${edtf} (“${text}”)` : String(edtf)];
    }
    case 'citation': {
      const { sourceId, excerpt } = record(value);
      return [`${nameOf('source', String(sourceId))}: “${excerpt}”`];
    }
    case 'group': {
      const group = record(value);
      const parts = field.fields
        .filter((f) => group[f.key] !== null && group[f.key] !== undefined)
        .map((f) => `${f.label}: ${showValue(f, group[f.key] ?? null, nameOf).join('; ')}`);
      return [parts.join(' · ')];
    }
    default:
      return [String(value)];
  }
}

/** A name lookup over the choices of a form. */
export const nameLookup =
  (choices: Partial<Record<ReferenceType, readonly { id: string; label: string }[]>>): NameOf =>
  (type, id) =>
    choices[type]?.find((c) => c.id === id)?.label ?? id;
