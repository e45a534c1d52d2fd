import { CitationSchema, FuzzyDateSchema, Id } from '@parley/domain';
import type { FieldBase, FieldDescriptor } from './descriptors.ts';
import type { FieldWords } from './field-words.ts';

/** The parts of a zod (v4) schema's definition the generator reads. */
interface SchemaNode {
  def: {
    type: string;
    innerType?: SchemaNode;
    element?: SchemaNode;
    shape?: Record<string, SchemaNode>;
    entries?: Record<string, string>;
    checks?: { _zod: { def: { check: string; minimum?: number; format?: string } } }[];
  };
}

/** A record's validator: a zod object schema (refined or not). */
export interface RecordSchema {
  readonly shape: object;
}

const checkOf = (node: SchemaNode, check: string) =>
  node.def.checks?.map((c) => c._zod.def).find((c) => c.check === check);

function wordOf(table: Record<string, string>, key: string, what: string): string {
  const word = table[key];
  if (word === undefined) throw new Error(`record-form: no ${what} for the field "${key}"`);
  return word;
}

/**
 * The form fields of a record's validator, in its order, leaving out `omit` (what the update input does not
 * take). Each schema shape has one kind of control; a shape the form cannot show throws, so a validator that
 * grows a new kind of field fails the tests rather than losing the field.
 */
export function describeRecord(
  schema: RecordSchema,
  words: FieldWords,
  omit: readonly string[],
): FieldDescriptor[] {
  return Object.entries(schema.shape as Record<string, SchemaNode>)
    .filter(([key]) => !omit.includes(key))
    .map(([key, node]) => describeField(key, node, words, false));
}

function describeField(key: string, node: SchemaNode, words: FieldWords, optional: boolean): FieldDescriptor {
  const { def } = node;
  const base: FieldBase = { key, label: wordOf(words.labels, key, 'label'), optional, ...hintOf(words, key) };
  if (def.innerType) {
    // A default fills in a missing value, it does not make the field optional; null and undefined do.
    return describeField(key, def.innerType, words, optional || def.type !== 'default');
  }
  if ((node as unknown) === Id) return { ...base, kind: 'reference', to: referenceOf(words, key) };
  if ((node as unknown) === FuzzyDateSchema) return { ...base, kind: 'date' };
  if ((node as unknown) === CitationSchema) return { ...base, kind: 'citation' };
  switch (def.type) {
    case 'string':
      return { ...base, kind: 'text', long: words.long.has(key) };
    case 'number':
      if (checkOf(node, 'number_format')?.format !== 'safeint') break;
      return { ...base, kind: 'integer' };
    case 'enum': {
      const labels = words.choices[key] ?? {};
      const choices = Object.values(def.entries ?? {}).map((value) => ({
        value,
        label: labels[value] ?? value,
      }));
      return { ...base, kind: 'choice', choices };
    }
    case 'object':
      return {
        ...base,
        kind: 'group',
        fields: Object.entries(def.shape ?? {}).map(([k, n]) => describeField(k, n, words, false)),
      };
    case 'array':
      return describeList(base, node, words);
  }
  throw new Error(`record-form: no control for the field "${key}" (a zod ${def.type})`);
}

function describeList(base: FieldBase, node: SchemaNode, words: FieldWords): FieldDescriptor {
  const element = node.def.element as SchemaNode;
  const { key } = base;
  if ((element as unknown) === Id) return { ...base, kind: 'references', to: referenceOf(words, key) };
  if (element.def.type === 'string') return { ...base, kind: 'lines' };
  const itemLabel = wordOf(words.itemLabels, key, 'item label');
  return {
    ...base,
    kind: 'list',
    item: { ...describeField(key, element, words, false), label: itemLabel },
    itemLabel,
    min: checkOf(node, 'min_length')?.minimum ?? 0,
  };
}

const referenceOf = (words: FieldWords, key: string) => {
  const to = words.references[key];
  if (!to) throw new Error(`record-form: no record type for the id field "${key}"`);
  return to;
};

const hintOf = (words: FieldWords, key: string) => {
  const hint = words.hints[key];
  return hint === undefined ? {} : { hint };
};
