/** A problem the API found with a write, as mutations answer them in `userErrors`. */
export interface UserErrorLike {
  field: readonly string[];
  message: string;
  code: string;
}

/** What an editor is told when someone else wrote the record after it was read. */
export const CONFLICT_MESSAGE =
  'Someone changed this record meanwhile, so nothing was written. Reload the page to see their change, then try again.';

/**
 * The API's problems as a form shows them: a conflict in words an editor can act on, and input fields by the
 * names the form's labels give them (`survivorId` → "The person who stays").
 */
export function problemsOf(userErrors: readonly UserErrorLike[], fieldNames: Record<string, string> = {}) {
  return userErrors.map(({ field, message, code }) => ({
    field:
      code === 'CONFLICT'
        ? []
        : field.map((name) => (Object.hasOwn(fieldNames, name) ? (fieldNames[name] as string) : name)),
    message: code === 'CONFLICT' ? CONFLICT_MESSAGE : message,
  }));
}

/** Whether the API refused a write because the record changed since it was read. */
export const isConflict = (userErrors: readonly UserErrorLike[]) =>
  userErrors.some((e) => e.code === 'CONFLICT');
