import type { FieldDescriptor, FieldProblem, FormValues, Json } from './descriptors.ts';

/** A record validator as zod gives it: what `safeParse` answers. */
export interface Validator {
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } | undefined;
  };
}

/**
 * What the validator sees for an id the form holds. The form holds the API's global ids, which are opaque: the
 * API checks them (an unknown one is a NOT_FOUND problem), the validator checks the rest of the record.
 */
export const STAND_IN_ID = 'record:chosen';

const standIn = (id: Json) => (typeof id === 'string' && id !== '' ? STAND_IN_ID : id);

/** A field's value with a stand-in for every id in it. */
function withStandIns(field: FieldDescriptor, value: Json): Json {
  if (value === null) return value;
  switch (field.kind) {
    case 'reference':
      return standIn(value);
    case 'references':
      return Array.isArray(value) ? value.map(standIn) : value;
    case 'citation':
      return typeof value === 'object' && !Array.isArray(value)
        ? { ...value, sourceId: standIn(value.sourceId ?? null) }
        : value;
    case 'group':
      return typeof value === 'object' && !Array.isArray(value)
        ? { ...value, ...fieldsWithStandIns(field.fields, value) }
        : value;
    case 'list':
      return Array.isArray(value) ? value.map((item) => withStandIns(field.item, item)) : value;
    default:
      return value;
  }
}

const fieldsWithStandIns = (fields: readonly FieldDescriptor[], values: Record<string, Json>) =>
  Object.fromEntries(
    fields.flatMap((f) => {
      const value = values[f.key];
      return value === undefined ? [] : [[f.key, withStandIns(f, value)]];
    }),
  );

/**
 * The problems the record's own validator finds in the form's values, each under its form name
 * (`citations.0.excerpt`). The values are merged over `rest`, the fields the form does not edit, so the
 * validator judges the whole record, as the API will.
 */
export function validateValues(
  validator: Validator,
  fields: readonly FieldDescriptor[],
  values: FormValues,
  rest: FormValues,
): FieldProblem[] {
  const result = validator.safeParse({ ...rest, ...fieldsWithStandIns(fields, values) });
  return (result.error?.issues ?? []).map((issue) => ({
    name: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/**
 * The problems of a form, each control once: what could not be read comes first, and the validator's words
 * about the same control (or a part of it, such as a date's bounds) are left out.
 */
export function mergeProblems(
  read: readonly FieldProblem[],
  validated: readonly FieldProblem[],
): FieldProblem[] {
  const covered = (name: string) => read.some((p) => name === p.name || name.startsWith(`${p.name}.`));
  return [...read, ...validated.filter((p) => !covered(p.name))];
}
