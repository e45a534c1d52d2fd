import type { AnyRecord, RecordOf } from '../records/dataset.ts';
import type { RecordType } from '../records/enums.ts';
import type { Store } from '../store/port.ts';
import { encodeCursor } from '../store/rules/cursor.ts';
import { withDevelopment } from './development.ts';
import {
  type ApplyInput,
  type CreateInput,
  createDefaults,
  type EditableType,
  type MergePeopleInput,
  type RetractInput,
  type RevertInput,
  type SummitDevelopmentInput,
  type UpdateInput,
} from './inputs.ts';
import { absorb, moveReferences } from './merge-people.ts';
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
  updatePlace: Update<'place'>;
  createOrganization: Create<'organization'>;
  createMeeting: Create<'meeting'>;
  updateMeeting: Update<'meeting'>;
  createSummit: Create<'summit'>;
  updateSummit: Update<'summit'>;
  /** Appends a development and sets the summit's status (and date and place, when given) in one revision. */
  addSummitDevelopment(actor: string, input: SummitDevelopmentInput): Promise<EditResult<RecordOf<'summit'>>>;
  /** Writes an earlier revision's record as a new revision. */
  revertRecord(actor: string, input: RevertInput): Promise<EditResult<AnyRecord['record']>>;
  /** Marks a record retracted, with the reason readers are shown; nothing is deleted. */
  retractRecord(actor: string, input: RetractInput): Promise<EditResult<AnyRecord['record']>>;
  /**
   * Merges a duplicate person into the survivor in one commit: the duplicate's names become aliases, every
   * record that referred to it refers to the survivor, and the duplicate points at the survivor.
   */
  mergePeople(actor: string, input: MergePeopleInput): Promise<EditResult<RecordOf<'person'>>>;
  /** Writes records of any types in one commit (an article's accepted proposal), each at the revision read. */
  applyRecords(actor: string, input: ApplyInput): Promise<EditResult<AnyRecord['record'][]>>;
}

type Put = { type: RecordType; record: unknown; expectedRevision: number };

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
  /** Commits the puts, all or none, answering the first one's record. */
  async function writeAll<T extends RecordType>(
    actor: string,
    reason: string | null | undefined,
    puts: [Put & { type: T }, ...Put[]],
    fields: InputFields,
  ): Promise<EditResult<RecordOf<T>>> {
    try {
      const revisions = await store.commit({
        actor,
        reason: reason ?? null,
        puts: puts.map(({ type, record, expectedRevision }) => ({
          record: { type, record } as AnyRecord,
          expectedRevision,
        })),
      });
      return { record: (revisions[0]?.after ?? null) as RecordOf<T> | null, userErrors: [], revisions };
    } catch (error) {
      const userErrors = userErrorsOf(error, fields);
      if (!userErrors) throw error;
      return { record: null, userErrors };
    }
  }
  const write = <T extends RecordType>(
    actor: string,
    reason: string | null | undefined,
    put: Put & { type: T },
    fields: InputFields,
  ) => writeAll(actor, reason, [put], fields);

  /** A record's type and current content, from its latest revision; null for an id the store does not hold. */
  async function current(id: string) {
    const latest = (await store.history(id, { first: 1 })).edges[0]?.node;
    return latest ? { type: latest.type, record: latest.after, revision: latest.revision } : null;
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
    updatePlace: update('place'),
    createOrganization: create('organization'),
    createMeeting: create('meeting'),
    updateMeeting: update('meeting'),
    createSummit: create('summit'),
    updateSummit: update('summit'),

    async addSummitDevelopment(actor, input) {
      const { id, expectedRevision, reason, status, description, citation, date = null } = input;
      const [summit] = await store.load('summit', [id]);
      if (!summit) return notFound('id', `no summit has the id "${id}"`);
      const developed = withDevelopment(summit, {
        status,
        description,
        citation,
        date,
        summitDate: input.summitDate,
        locationId: input.locationId,
      });
      const record = developed.summit;
      const position = String(developed.position);
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

    async retractRecord(actor, { id, reason, expectedRevision }) {
      const found = await current(id);
      if (!found) return notFound('id', `no record has the id "${id}"`);
      const record = { ...found.record, retractionReason: reason };
      const field = (path: string[]) => (path[0] === 'retractionReason' ? ['reason'] : path);
      return write(actor, reason, { type: found.type, record, expectedRevision }, { field });
    },

    async applyRecords(actor, { reason, records }) {
      if (records.length === 0)
        return refused({ field: ['records'], message: 'there is nothing to apply', code: 'INVALID' });
      try {
        const revisions = await store.commit({
          actor,
          reason: reason ?? null,
          puts: records.map(({ type, record, expectedRevision }) => ({
            record: { type, record } as AnyRecord,
            expectedRevision,
          })),
        });
        return { record: revisions.map((r) => r.after), userErrors: [], revisions };
      } catch (error) {
        const userErrors = userErrorsOf(error, { spanning: ['records'] });
        if (!userErrors) throw error;
        return { record: null, userErrors };
      }
    },

    async mergePeople(actor, { survivorId, duplicateId, reason }) {
      if (survivorId === duplicateId)
        return refused({
          field: ['duplicateId'],
          message: 'a person cannot be merged into itself',
          code: 'INVALID',
        });
      const [survivor, duplicate] = await store.load('person', [survivorId, duplicateId]);
      if (!survivor) return notFound('survivorId', `no person has the id "${survivorId}"`);
      if (!duplicate) return notFound('duplicateId', `no person has the id "${duplicateId}"`);
      if (duplicate.mergedIntoId || survivor.mergedIntoId) {
        const field = duplicate.mergedIntoId ? 'duplicateId' : 'survivorId';
        return refused({
          field: [field],
          message: `"${field === 'duplicateId' ? duplicateId : survivorId}" was merged already`,
          code: 'INVALID',
        });
      }
      const referrers = (await store.referrers(duplicateId)).filter(
        (r) => r.id !== survivorId && r.id !== duplicateId,
      );
      const loaded = await Promise.all(
        referrers.map(async ({ type, id }) => ({ type, record: (await store.load(type, [id]))[0] })),
      );
      const records = [
        {
          type: 'person' as const,
          record: moveReferences('person', absorb(survivor, duplicate), duplicateId, survivorId),
        },
        { type: 'person' as const, record: { ...duplicate, mergedIntoId: survivorId } },
        ...loaded.flatMap(({ type, record }) =>
          record ? [{ type, record: moveReferences(type, record, duplicateId, survivorId) }] : [],
        ),
      ];
      // Each record at the revision read now: an edit in between makes the merge a CONFLICT, not a loss.
      const revisions = await store.revisions(records.map((r) => r.record.id));
      const [first, ...rest] = records.map((r, i) => ({ ...r, expectedRevision: revisions[i] ?? 0 }));
      return writeAll(actor, reason, [first as Put & { type: 'person' }, ...rest], {
        spanning: ['duplicateId'],
      });
    },
  };
}
