import type { z } from 'zod';
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

/** Parses a record of the given type, filling defaults, or throws a ValidationError naming record and field. */
export function validateRecord<T extends keyof RecordSchemas>(type: T, value: unknown): RecordOf<T> {
  const result = recordSchemas[type].safeParse(value);
  if (result.success) return result.data as RecordOf<T>;
  throw new ValidationError(
    type,
    nameOf(value),
    result.error.issues.map((i) => {
      const path = pathOf(i);
      // "^x" in a message names a sibling field: spell it out with the parent's path.
      const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.') + 1) : '';
      return { path, message: i.message.replace(/\^(\w+)/g, `${parent}$1`) };
    }),
  );
}
