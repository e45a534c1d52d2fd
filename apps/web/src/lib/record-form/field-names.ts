import type { FieldDescriptor } from './descriptors.ts';
import { fieldWords } from './field-words.ts';

/**
 * The labels leading to a control from its form name, for a list of problems: `citations.0.excerpt` is
 * ["Citation 1", "Excerpt"]. A part of a control (a date's `earliest`) is the control; a name of no field is [].
 */
export function labelPath(fields: readonly FieldDescriptor[], name: string): string[] {
  const [key, ...rest] = name.split('.');
  const field = fields.find((f) => f.key === key);
  if (!field) return [];
  if (field.kind === 'group') return [field.label, ...labelPath(field.fields, rest.join('.'))];
  if (field.kind === 'citation') {
    const part = rest[0] && fieldWords.labels[rest[0]];
    return part ? [field.label, part] : [field.label];
  }
  if (field.kind === 'list' && rest[0] !== undefined && /^\d+$/.test(rest[0])) {
    const [row = '0', ...inside] = rest;
    const item = `${field.itemLabel} ${Number(row) + 1}`;
    const within = labelPath([{ ...field.item, key: 'item' }], ['item', ...inside].join('.'));
    return [item, ...within.slice(1)];
  }
  return [field.label];
}
