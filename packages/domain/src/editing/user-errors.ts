import { StoreInputError } from '../store/port.ts';
import { type Revision, RevisionConflict } from '../store/revision.ts';
import { DatasetError, type DatasetProblem } from '../validate-dataset.ts';

/** Why an edit was refused, in terms the editor can act on. */
export type UserErrorCode = 'INVALID' | 'NOT_FOUND' | 'CONFLICT' | 'NOT_IN_SOURCE' | 'TAKEN';

/** A problem the user can fix: the input field at fault (a path: `['citations', '0', 'excerpt']`), what and why. */
export interface UserError {
  field: string[];
  message: string;
  code: UserErrorCode;
}

/** What every edit answers: the record as written, or null and the reasons it was not. */
export interface EditResult<R> {
  record: R | null;
  userErrors: UserError[];
  /** The revisions the edit wrote, when it wrote: the records' numbers are known without asking the store. */
  revisions?: readonly Revision[];
}

/** How an operation's input names the fields of the record it writes. */
export interface InputFields {
  /** The input's field for a field of the record (by default the same). */
  field?: (path: string[]) => string[];
  /** Set when the record is new: its id comes from its slug, made from this field of the input. */
  created?: { slugField: string[] };
  /** Set when the write spans records the input does not name: each problem falls on this field, naming its record. */
  spanning?: string[];
}

/** A record's field path (`citations[0].excerpt`) as a list of names (`['citations', '0', 'excerpt']`). */
const namesOf = (path: string): string[] => path.split(/[.[\]]+/).filter(Boolean);

const codeOf: Record<NonNullable<DatasetProblem['cause']>['kind'] | 'none', UserErrorCode> = {
  duplicate: 'INVALID',
  missing: 'NOT_FOUND',
  taken: 'TAKEN',
  'not-in-source': 'NOT_IN_SOURCE',
  none: 'INVALID',
};

/** A field's first error of each code: one fault can break two rules of the same field. */
function once(errors: UserError[]): UserError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = JSON.stringify([e.field, e.code]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The userErrors of a write the store refused, or undefined when the error is not the user's to fix (the
 * caller rethrows it). A new record's id is its slug's, so a problem of the id is one of the slug.
 */
export function userErrorsOf(error: unknown, fields: InputFields): UserError[] | undefined {
  const inputField = fields.field ?? ((path: string[]) => path);
  if (error instanceof RevisionConflict) {
    if (fields.spanning) return [{ field: fields.spanning, message: error.message, code: 'CONFLICT' }];
    return [
      fields.created
        ? { field: fields.created.slugField, message: `"${error.recordId}" exists already`, code: 'TAKEN' }
        : { field: ['expectedRevision'], message: error.message, code: 'CONFLICT' },
    ];
  }
  if (error instanceof StoreInputError)
    return [{ field: [error.argument], message: error.message, code: 'INVALID' }];
  if (!(error instanceof DatasetError)) return undefined;
  const { created } = fields;
  return once(
    error.details
      .filter((p) => !(created && p.path === 'id'))
      .map((p) => ({
        field:
          fields.spanning ?? (created && p.path === 'slug' ? created.slugField : inputField(namesOf(p.path))),
        message: fields.spanning ? `${p.name}: ${p.message}` : p.message,
        code: codeOf[p.cause?.kind ?? 'none'],
      })),
  );
}
