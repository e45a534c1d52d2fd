/** The kinds of record a form field may name, by the id the API answers for it. */
export type ReferenceType =
  | 'person'
  | 'organization'
  | 'place'
  | 'summit'
  | 'meeting'
  | 'statement'
  | 'topic'
  | 'source';

export interface FieldBase {
  /** The field's key in its record (or in the object of a list item), as the update input names it. */
  key: string;
  label: string;
  hint?: string;
  /** Whether the field may be left empty (null). */
  optional: boolean;
}

/** One field of a record's form, generated from the record's validator. */
export type FieldDescriptor =
  | (FieldBase & { kind: 'text'; long: boolean })
  /** A list of texts, one a line (aliases). */
  | (FieldBase & { kind: 'lines' })
  /** One of an enum's values. */
  | (FieldBase & { kind: 'choice'; choices: { value: string; label: string }[] })
  | (FieldBase & { kind: 'reference'; to: ReferenceType })
  | (FieldBase & { kind: 'references'; to: ReferenceType })
  /** A fuzzy date, entered in EDTF with the source's words. */
  | (FieldBase & { kind: 'date' })
  | (FieldBase & { kind: 'integer' })
  /** A source and the words of it that support the fact. */
  | (FieldBase & { kind: 'citation' })
  /** An object's fields, together. */
  | (FieldBase & { kind: 'group'; fields: FieldDescriptor[] })
  /** Repeated items, each an `item` (a group or a citation), at least `min` of them. */
  | (FieldBase & { kind: 'list'; item: FieldDescriptor; itemLabel: string; min: number });

/** A value as JSON holds it: what a form's values are, so they cross from server to browser as they are. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A record's editable fields as the update input takes them (global ids), by key. */
export type FormValues = Record<string, Json>;

/** What the form shows for a field, as its controls hold it (strings), before it is read into a value. */
export type Draft = string | Draft[] | { [key: string]: Draft };

/** A form's drafts, by field key. */
export type FormDrafts = Record<string, Draft>;

/** A problem with one control, by its form name (`citations.0.excerpt`). */
export interface FieldProblem {
  name: string;
  message: string;
}
