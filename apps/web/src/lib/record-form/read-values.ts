import { FuzzyDateError, parseEdtf } from '@parley/domain';
import type { Draft, FieldDescriptor, FieldProblem, FormDrafts, FormValues, Json } from './descriptors.ts';
import { nameIn } from './drafts.ts';

const MUST_CHOOSE = 'must be chosen';

const asText = (draft: Draft | undefined) => (typeof draft === 'string' ? draft.trim() : '');
const asObject = (draft: Draft | undefined): Record<string, Draft> =>
  draft !== undefined && typeof draft === 'object' && !Array.isArray(draft) ? draft : {};
const asList = (draft: Draft | undefined): Draft[] => (Array.isArray(draft) ? draft : []);

/**
 * A field's value as the update input takes it, read from its draft; what cannot be read (a date that is not
 * EDTF, a number that is not whole, a required choice left empty) is a problem under its form name, and the
 * validator judges the rest.
 */
export function fieldValue(
  field: FieldDescriptor,
  draft: Draft | undefined,
  name: string,
  problems: FieldProblem[],
): Json {
  const problem = (at: string, message: string) => {
    problems.push({ name: at, message });
    return null;
  };
  switch (field.kind) {
    case 'text': {
      const text = asText(draft);
      return text === '' && field.optional ? null : text;
    }
    case 'lines':
      return asText(draft)
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    case 'choice':
    case 'reference': {
      const chosen = asText(draft);
      if (chosen !== '') return chosen;
      return field.optional ? null : problem(name, MUST_CHOOSE);
    }
    case 'references':
      return asList(draft).map(asText).filter(Boolean);
    case 'integer': {
      const number = asText(draft);
      if (number === '' && field.optional) return null;
      return /^[+-]?\d+$/.test(number) ? Number(number) : problem(name, 'must be a whole number');
    }
    case 'date': {
      const { edtf, text } = asObject(draft);
      const written = asText(edtf);
      if (written === '')
        return field.optional ? null : problem(name, 'needs a date (EDTF, e.g. 2019-02-27)');
      try {
        return parseEdtf(written, asText(text) || null);
      } catch (error) {
        if (error instanceof FuzzyDateError) return problem(name, error.message);
        throw error;
      }
    }
    case 'citation': {
      const { sourceId, excerpt } = asObject(draft);
      const source = asText(sourceId);
      const words = asText(excerpt);
      if (source === '' && words === '' && field.optional) return null;
      if (source === '') problem(nameIn(name, 'sourceId'), MUST_CHOOSE);
      return { sourceId: source, excerpt: words };
    }
    case 'group': {
      const group = asObject(draft);
      return Object.fromEntries(
        field.fields.map((f) => [f.key, fieldValue(f, group[f.key], nameIn(name, f.key), problems)]),
      );
    }
    case 'list':
      return asList(draft).map((item, row) => fieldValue(field.item, item, nameIn(name, row), problems));
  }
}

/** A record's values read from its form's drafts, and what could not be read. */
export function valuesOf(
  fields: readonly FieldDescriptor[],
  drafts: FormDrafts,
): { values: FormValues; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const values = Object.fromEntries(
    fields.map((f) => [f.key, fieldValue(f, drafts[f.key], f.key, problems)]),
  );
  return { values, problems };
}
