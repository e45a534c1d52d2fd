import { z } from 'zod';
import { type RecordOf, type RecordSchemas, recordSchemas } from './records/dataset.ts';

/** A record that breaks a rule; the message names the record and the field. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    readonly recordType: string,
    readonly recordName: string,
    readonly issues: readonly { path: string; message: string }[],
  ) {
    super(
      issues
        .map((i) => `${recordType} "${recordName}": ${i.path ? `${i.path} ` : ''}${i.message}`)
        .join('\n'),
    );
  }
}

function pathOf(issue: z.core.$ZodIssue): string {
  return issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

function nameOf(value: unknown): string {
  if (value && typeof value === 'object') {
    const v = value as { slug?: unknown; id?: unknown };
    if (typeof v.slug === 'string') return v.slug;
    if (typeof v.id === 'string') return v.id;
  }
  return '(unnamed)';
}

/** The parts of a zod (v4) schema's definition read to say what a field takes. */
type SchemaDef = {
  type: string;
  innerType?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
};
const defOf = (schema: z.core.$ZodType) => schema._zod.def as SchemaDef;

/** A schema without its wrappers (nullable, default). */
const unwrapped = (schema: z.core.$ZodType): z.core.$ZodType => {
  const inner = defOf(schema).innerType;
  return inner ? unwrapped(inner) : schema;
};

/** The schema of the field at `path`, through objects and arrays. */
function fieldAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): z.core.$ZodType | undefined {
  const [key, ...rest] = path;
  if (key === undefined) return schema;
  const def = defOf(unwrapped(schema));
  const next = typeof key === 'number' ? def.element : def.shape?.[String(key)];
  return next && fieldAt(next, rest);
}

const withArticle = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
const kindOf = (value: unknown) =>
  value === null ? 'null' : withArticle(Array.isArray(value) ? 'array' : typeof value);

/** Zod's "expected string, received undefined" as what the field takes: "a string or null", an object's keys. */
function typeMessage(schema: z.core.$ZodType, issue: z.core.$ZodIssueInvalidType): string {
  const field = fieldAt(schema, issue.path);
  const shape = field && defOf(unwrapped(field)).shape;
  const keys = shape ? ` (${Object.keys(shape).join(', ')})` : '';
  const orNull = field && z.safeParse(field, null).success ? ' or null' : '';
  const wanted = `${withArticle(issue.expected)}${keys}${orNull}`;
  return issue.input === undefined
    ? `is missing: give ${wanted}`
    : `must be ${wanted}, not ${kindOf(issue.input)}`;
}

/** Parses a record of the given type, filling defaults, or throws a ValidationError naming record and field. */
export function validateRecord<T extends keyof RecordSchemas>(type: T, value: unknown): RecordOf<T> {
  const schema = recordSchemas[type];
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data as RecordOf<T>;
  throw new ValidationError(
    type,
    nameOf(value),
    result.error.issues.map((i) => {
      const path = pathOf(i);
      // "^x" in a message names a sibling field: spell it out with the parent's path.
      const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.') + 1) : '';
      const message = i.code === 'invalid_type' ? typeMessage(schema, i) : i.message;
      return { path, message: message.replace(/\^(\w+)/g, `${parent}$1`) };
    }),
  );
}
