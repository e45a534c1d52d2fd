import type { RecordOf } from '../records/dataset.ts';
import type { RecordType } from '../records/enums.ts';
import { naming } from './memory-renames.ts';

/**
 * What a Store's write changed, as `onChange` tells it: the records written (and those whose search text the
 * write recomputed because they name one); `types`, those whose lists, timeline or counts may change (a record
 * created, retracted, or changed in a field lists filter or order by); `texts`, those whose search texts may
 * change; `created` when any record is new. `everything` when the store cannot say (a lost LISTEN connection,
 * a change too large to announce): then anything may have changed.
 */
export type StoreChange = { everything: true } | RecordsChange;

/** A change whose records are known. */
export interface RecordsChange {
  everything: false;
  ids: string[];
  types: RecordType[];
  texts: RecordType[];
  created: boolean;
}

/** The change to tell when what changed is unknown. */
export const everythingChanged: StoreChange = Object.freeze({ everything: true });

/** Fields that only words are found by (search and a list's text filter), never a list's filters or order. */
const wordsOnly: Partial<Record<RecordType, readonly string[]>> = {
  statement: ['quote', 'paraphrase'],
  meeting: ['description'],
};

/** Whether a write of a record may change which lists hold it, or where: unless only its words changed. */
export function listsMayChange(
  type: RecordType,
  before: RecordOf<RecordType> | null,
  after: RecordOf<RecordType>,
) {
  if (before === null) return true;
  const rest = (record: RecordOf<RecordType>) =>
    // Keys in order, and a field left undefined is a field left out: records built in any order compare equal.
    JSON.stringify(
      Object.entries(record)
        .filter(([key, value]) => value !== undefined && !wordsOnly[type]?.includes(key))
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  return rest(before) !== rest(after);
}

/** One record written: its type, id, and versions before (null when new) and after. */
interface Written {
  readonly type: RecordType;
  readonly recordId: string;
  readonly before: RecordOf<RecordType> | null;
  readonly after: RecordOf<RecordType>;
}

/** The change of records written, and of those whose search texts were recomputed because they name one. */
export function recordsChanged(
  written: Iterable<Written>,
  renamed: Iterable<{ readonly type: RecordType; readonly id: string }> = [],
): RecordsChange {
  const ids = new Set<string>();
  const types = new Set<RecordType>();
  const texts = new Set<RecordType>();
  let created = false;
  for (const { type, recordId, before, after } of written) {
    ids.add(recordId);
    texts.add(type);
    if (listsMayChange(type, before, after)) types.add(type);
    created ||= before === null;
  }
  for (const { type, id } of renamed) {
    ids.add(id);
    texts.add(type);
  }
  return { everything: false, ids: [...ids], types: [...types], texts: [...texts], created };
}

/**
 * The change a commit's revisions amount to, as any process can tell from them alone (a commit heard through
 * Redis): the store's own change, but where a person or topic was renamed, every search of the types whose
 * texts name them rather than the records renamed (only the store that wrote them knows which).
 */
export function changeOfRevisions(revisions: readonly Written[]): StoreChange {
  const change = recordsChanged(revisions);
  const renames = revisions.some(
    ({ type, before, after }) =>
      (type === 'person' || type === 'topic') &&
      before !== null &&
      (before as { name: string }).name !== (after as { name: string }).name,
  );
  return renames ? { ...change, texts: [...new Set([...change.texts, ...naming])] } : change;
}

/** What a response read: records by id, types listed (lists, timeline, counts), types searched by words. */
export interface StoreReads {
  readonly ids: ReadonlySet<string>;
  readonly types: ReadonlySet<RecordType>;
  readonly searched: ReadonlySet<RecordType>;
}

/** Whether a change may touch what was read. */
export function changeTouches(change: StoreChange, read: StoreReads): boolean {
  return (
    change.everything ||
    change.types.some((t) => read.types.has(t)) ||
    change.texts.some((t) => read.searched.has(t)) ||
    change.ids.some((id) => read.ids.has(id))
  );
}
