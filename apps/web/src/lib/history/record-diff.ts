import { fieldSpec, inReadingOrder } from './fields.ts';
import type { Piece } from './pieces.ts';
import { summarise } from './summaries.ts';

/** One line of a revision's diff: the field it concerns (or the event, "Retracted") and what happened to it. */
export interface Change {
  field: string;
  what: Piece[];
}

/** One field of a new record and its value. */
export interface FieldValue {
  field: string;
  value: Piece[];
}

type Fields = Record<string, unknown>;

/** A stored record's fields; anything else (a revision always holds an object) has none. */
const fieldsOf = (record: unknown): Fields =>
  typeof record === 'object' && record !== null && !Array.isArray(record) ? (record as Fields) : {};

/** JSON with its keys sorted, so two values compare equal whatever order the database gave their keys. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const isEmpty = (value: unknown) =>
  value == null || value === '' || (Array.isArray(value) && value.length === 0);

/** The items of `from` that `to` lacks, counting repeats (a multiset difference). */
function missingFrom(from: readonly unknown[], to: readonly unknown[]): unknown[] {
  const left = new Map<string, number>();
  for (const item of to) left.set(canonical(item), (left.get(canonical(item)) ?? 0) + 1);
  return from.filter((item) => {
    const count = left.get(canonical(item)) ?? 0;
    left.set(canonical(item), count - 1);
    return count <= 0;
  });
}

/** A list field's items removed and added (an item edited in place is both); the same items moved are "reordered". */
function listChanges(name: string, before: readonly unknown[], after: readonly unknown[]): Change[] {
  const spec = fieldSpec(name);
  const item = spec.item ?? spec.label;
  const removed = missingFrom(before, after).map((value) => ({
    field: item,
    what: [' removed: ', ...summarise(name, value)],
  }));
  const added = missingFrom(after, before).map((value) => ({
    field: item,
    what: [' added: ', ...summarise(name, value)],
  }));
  if (removed.length + added.length > 0) return [...removed, ...added];
  return [{ field: spec.label, what: [' reordered'] }];
}

/** A plain field's change: set where it was empty, removed where it becomes empty, else from one value to another. */
function valueChange(name: string, before: unknown, after: unknown): Change {
  const { label } = fieldSpec(name);
  if (isEmpty(before)) return { field: label, what: [' set to ', ...summarise(name, after)] };
  if (isEmpty(after)) return { field: label, what: [' removed (was ', ...summarise(name, before), ')'] };
  return {
    field: label,
    what: [' changed from ', ...summarise(name, before), ' to ', ...summarise(name, after)],
  };
}

/** Fields whose change is an event of the record's life rather than a correction, and how each reads. */
const EVENTS: Record<string, (before: unknown, after: unknown) => Change> = {
  retractionReason: (before, after) =>
    isEmpty(after)
      ? { field: 'Retraction undone', what: [' (the reason was ', ...summarise('reason', before), ')'] }
      : { field: 'Retracted', what: [', because ', ...summarise('reason', after)] },
  mergedIntoId: (before, after) =>
    isEmpty(after)
      ? { field: 'Merge undone', what: [' (it was merged into ', ...summarise('mergedIntoId', before), ')'] }
      : { field: 'Merged into', what: [' ', ...summarise('mergedIntoId', after)] },
};

/** A list field's value, with a list absent from a record stored before the field existed read as empty. */
const asList = (value: unknown): unknown[] | null =>
  Array.isArray(value) ? value : value == null ? [] : null;

/** One field's changes between two versions of a record: none when it is the same. */
function fieldChanges(name: string, before: unknown, after: unknown): Change[] {
  const [from, to] = [asList(before), asList(after)];
  if (from && to && (Array.isArray(before) || Array.isArray(after))) {
    return canonical(from) === canonical(to) ? [] : listChanges(name, from, to);
  }
  if (canonical(before ?? null) === canonical(after ?? null)) return [];
  const event = Object.hasOwn(EVENTS, name) ? EVENTS[name] : undefined;
  return [event ? event(before, after) : valueChange(name, before, after)];
}

/** What a revision changed, field by field, in reading order; a record's id never changes and is left out. */
export function diffRecords(before: unknown, after: unknown): Change[] {
  const was = fieldsOf(before);
  const is = fieldsOf(after);
  return inReadingOrder([...Object.keys(was), ...Object.keys(is)])
    .filter((name) => name !== 'id')
    .flatMap((name) => fieldChanges(name, was[name], is[name]));
}

/** A new record's main fields: values spelled out, long lists counted ("2 citations"), empty fields left out. */
export function createdFields(record: unknown): FieldValue[] {
  const fields = fieldsOf(record);
  return inReadingOrder(Object.keys(fields))
    .filter((name) => name !== 'id' && !isEmpty(fields[name]))
    .map((name) => {
      const spec = fieldSpec(name);
      const value = fields[name];
      if (spec.counted && Array.isArray(value)) {
        const noun = value.length === 1 ? (spec.item ?? spec.label) : spec.label;
        return { field: spec.label, value: [`${value.length} ${noun.toLowerCase()}`] };
      }
      return { field: spec.label, value: summarise(name, value) };
    });
}
