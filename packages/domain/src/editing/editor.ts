import { compareFuzzyDates } from '../fuzzy-date/compare.ts';
import type { AnyRecord, RecordOf } from '../records/dataset.ts';
import type { RecordType } from '../records/enums.ts';
import type { Store } from '../store/port.ts';
import { encodeCursor } from '../store/rules/cursor.ts';
import {
  type CreateInput,
  createDefaults,
  type EditableType,
  type RevertInput,
  type SummitDevelopmentInput,
  type UpdateInput,
} from './inputs.ts';
import { slugify } from './slugify.ts';
import { type EditResult, type InputFields, type UserError, userErrorsOf } from './user-errors.ts';

type Create<T extends EditableType> = (
  actor: string,
  input: CreateInput<T>,
) => Promise<EditResult<RecordOf<T>>>;
type Update<T extends EditableType> = (
  actor: string,
  input: UpdateInput<T>,
) => Promise<EditResult<RecordOf<T>>>;

/** What editors do to records: each operation writes one revision, or answers why not in `userErrors`. */
export interface Editor {
  createSource: Create<'source'>;
  createStatement: Create<'statement'>;
  updateStatement: Update<'statement'>;
  createPerson: Create<'person'>;
  updatePerson: Update<'person'>;
  createPlace: Create<'place'>;
  createOrganization: Create<'organization'>;
  createMeeting: Create<'meeting'>;
  updateMeeting: Update<'meeting'>;
  createSummit: Create<'summit'>;
  updateSummit: Update<'summit'>;
  /** Appends a development and sets the summit's status (and date and place, when given) in one revision. */
  addSummitDevelopment(actor: string, input: SummitDevelopmentInput): Promise<EditResult<RecordOf<'summit'>>>;
  /** Writes an earlier revision's record as a new revision. */
  revertRecord(actor: string, input: RevertInput): Promise<EditResult<AnyRecord['record']>>;
}

/** The input field a new record's slug is made from, and its words. */
type SlugSource<T extends EditableType> = (input: CreateInput<T>) => { field: string; text: unknown };
const title = (input: { title?: unknown }) => ({ field: 'title', text: input.title });
const name = (input: { name?: unknown }) => ({ field: 'name', text: input.name });
const slugSources: { [T in EditableType]: SlugSource<T> } = {
  source: title,
  person: name,
  place: name,
  organization: name,
  meeting: title,
  summit: title,
  // "sarah-sanders-2019-01-18-statement": who said it, when, and in what form.
  statement: (input) => ({
    field: 'slug',
    text: [(input.speakerId ?? input.organizationId)?.split(':')[1], input.date?.earliest, input.kind].join(
      ' ',
    ),
  }),
};

/** The fields given, without those left undefined (null is a value: it clears the field). */
const given = (fields: object) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));

const refused = (error: UserError): EditResult<never> => ({ record: null, userErrors: [error] });
const notFound = (field: string, message: string) => refused({ field: [field], message, code: 'NOT_FOUND' });

/**
 * The editor service over any Store: each operation takes the acting account's id and an input, and commits
 * one record (with its revision). The rules are the domain validators' (through the store's commit); an edit
 * they refuse, a stale `expectedRevision` or an unknown id answers `userErrors`, and nothing is written.
 */
export function createEditor(store: Store): Editor {
  async function write<T extends RecordType>(
    actor: string,
    reason: string | null | undefined,
    put: { type: T; record: unknown; expectedRevision: number },
    fields: InputFields,
  ): Promise<EditResult<RecordOf<T>>> {
    try {
      const [revision] = await store.commit({
        actor,
        reason: reason ?? null,
        puts: [
          {
            record: { type: put.type, record: put.record } as AnyRecord,
            expectedRevision: put.expectedRevision,
          },
        ],
      });
      return { record: (revision?.after ?? null) as RecordOf<T> | null, userErrors: [] };
    } catch (error) {
      const userErrors = userErrorsOf(error, fields);
      if (!userErrors) throw error;
      return { record: null, userErrors };
    }
  }

  const create =
    <T extends EditableType>(type: T): Create<T> =>
    async (actor, input) => {
      const { reason, slug: chosen, ...fields } = input;
      const source = slugSources[type](input);
      const slug = chosen ?? slugify(typeof source.text === 'string' ? source.text : '');
      const record = { ...createDefaults[type], ...given(fields), id: `${type}:${slug}`, slug };
      return write(
        actor,
        reason,
        { type, record, expectedRevision: 0 },
        {
          created: { slugField: [chosen === undefined ? source.field : 'slug'] },
        },
      );
    };

  const update =
    <T extends EditableType>(type: T): Update<T> =>
    async (actor, { id, expectedRevision, reason, ...patch }) => {
      const [current] = await store.load(type, [id]);
      if (!current) return notFound('id', `no ${type} has the id "${id}"`);
      return write(
        actor,
        reason,
        { type, record: { ...current, ...given(patch), id }, expectedRevision },
        {},
      );
    };

  return {
    createSource: create('source'),
    createStatement: create('statement'),
    updateStatement: update('statement'),
    createPerson: create('person'),
    updatePerson: update('person'),
    createPlace: create('place'),
    createOrganization: create('organization'),
    createMeeting: create('meeting'),
    updateMeeting: update('meeting'),
    createSummit: create('summit'),
    updateSummit: update('summit'),

    async addSummitDevelopment(actor, input) {
      const { id, expectedRevision, reason, status, description, citation, date = null } = input;
      const [summit] = await store.load('summit', [id]);
      if (!summit) return notFound('id', `no summit has the id "${id}"`);
      const position = String(summit.developments.length);
      const sequence = Math.max(0, ...summit.developments.map((d) => d.sequence)) + 1;
      // A development reported late but dated before the latest one is history: it leaves the summit as it is.
      const latest =
        date === null || summit.developments.every((d) => !d.date || compareFuzzyDates(d.date, date) <= 0);
      const record = {
        ...summit,
        ...(latest ? { status, ...given({ date: input.summitDate, locationId: input.locationId }) } : {}),
        developments: [...summit.developments, { sequence, date, status, description, citation }],
      };
      // The new development's fields are the input's own; the summit's date is its `summitDate`.
      const field = (path: string[]) =>
        path[0] === 'developments' && path[1] === position
          ? path.slice(2)
          : path[0] === 'date'
            ? ['summitDate', ...path.slice(1)]
            : path;
      return write(actor, reason, { type: 'summit', record, expectedRevision }, { field });
    },

    async revertRecord(actor, { id, revision, expectedRevision, reason }) {
      const [current] = await store.revisions([id]);
      if (!current) return notFound('id', `no record has the id "${id}"`);
      // History pages newest first by revision number: the page after revision n + 1 starts at n.
      const page = Number.isSafeInteger(revision)
        ? await store.history(id, { first: 1, after: encodeCursor([revision + 1]) })
        : null;
      const earlier = page?.edges[0]?.node;
      if (!earlier || earlier.revision !== revision)
        return notFound('revision', `"${id}" has no revision ${revision}`);
      return write(actor, reason, { type: earlier.type, record: earlier.after, expectedRevision }, {});
    },
  };
}
