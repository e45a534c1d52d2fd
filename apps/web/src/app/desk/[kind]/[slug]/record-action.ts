import type { Problem } from '../../../../components/desk/form-problems.tsx';

/** Told when a form arrives without the hidden fields the page wrote into it. */
export const INCOMPLETE: Problem = { field: [], message: 'This form is incomplete: reload the page.' };

/** A whole number the form sent, NaN when it sent none. */
export const intOf = (value: FormDataEntryValue | null) => Number.parseInt(String(value ?? ''), 10);

/** The reason an admin typed, without the spaces around it. */
export const reasonOf = (form: FormData) => String(form.get('reason') ?? '').trim();

/** What a form about one record sends: the record, the revision the page showed, and why. */
export const readRecordForm = (form: FormData) => ({
  kind: String(form.get('kind')),
  slug: String(form.get('slug')),
  id: String(form.get('id')),
  expectedRevision: intOf(form.get('expectedRevision')),
  reason: reasonOf(form),
});
