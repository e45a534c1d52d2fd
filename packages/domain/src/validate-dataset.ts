import { type Dataset, datasetKeys, type RecordOf } from './records/dataset.ts';
import type { RecordType } from './records/enums.ts';
import { type Reference, referencesOf } from './references.ts';
import type { DatasetInput } from './store/port.ts';
import { ValidationError, validateRecord } from './validate.ts';
import { notInSource } from './verbatim.ts';

/** Where a record stands in the dataset checked: its type and its position in that type's list. */
export interface RecordPlace {
  type: RecordType;
  index: number;
}

/** One integrity problem: the record at fault and what is wrong with it. */
export interface DatasetProblem extends RecordPlace {
  /** How messages name the record: `statement "slug"`. */
  name: string;
  /** The field at fault, e.g. `citations[0].excerpt` ('' for the record as a whole). */
  path: string;
  /** What is wrong, e.g. `speakerId refers to person "person:nobody", which does not exist`. */
  message: string;
  /** Set for the problems a caller may word for its own medium (a file names lines, an editor answers codes). */
  cause?:
    | { kind: 'duplicate'; field: 'id' | 'slug'; value: string; first: RecordPlace }
    | { kind: 'missing'; reference: Reference }
    | { kind: 'taken'; holder: string }
    | { kind: 'not-in-source'; sourceId: string };
}

/** A dataset that breaks integrity rules; `problems` lists each one, naming record and field. */
export class DatasetError extends Error {
  override name = 'DatasetError';
  /** Each problem as one line: `statement "slug": speakerId refers to …`. */
  readonly problems: readonly string[];
  constructor(readonly details: readonly DatasetProblem[]) {
    const problems = details.map((p) => `${p.name}: ${p.message}`);
    super(
      `the dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`,
    );
    this.problems = problems;
  }
}

/** What a store already holds, as far as a write into it must know. */
export interface HeldRecords {
  /** Which of the ids wanted of each type the store holds (asked at once: one lookup for a whole write). */
  ids(
    wanted: ReadonlyMap<RecordType, readonly string[]>,
  ): Promise<ReadonlyMap<RecordType, ReadonlySet<string>>>;
  /** For the slugs of a type that the store holds, the id of the record holding each. */
  slugs(type: RecordType, slugs: readonly string[]): Promise<ReadonlyMap<string, string>>;
  /** For the sources of these ids that the store holds, the text of each (null when not stored). */
  sourceTexts(ids: readonly string[]): Promise<ReadonlyMap<string, string | null>>;
  /** For the places of these ids that the store holds, the id of the place each is within (null for none). */
  withinIds(ids: readonly string[]): Promise<ReadonlyMap<string, string | null>>;
}

const recordTypes = Object.keys(datasetKeys) as RecordType[];

interface Unresolved {
  at: DatasetProblem['name'];
  place: RecordPlace;
  reference: Reference;
}

/** A record that passed its own validation, where it stands, and what it refers to. */
interface Checked {
  place: RecordPlace;
  name: string;
  record: RecordOf<RecordType>;
  references: Reference[];
}

/**
 * Validates every record, ids (unique, prefixed with their type) and slugs (unique per type), and resolves
 * references within the dataset. References to ids it does not hold are left for the caller to resolve.
 */
function inspect(input: DatasetInput) {
  const problems: DatasetProblem[] = [];
  const dataset = Object.fromEntries(recordTypes.map((t) => [datasetKeys[t], []])) as unknown as Dataset;
  const valid: Checked[] = [];
  const firstOfId = new Map<string, RecordPlace>();
  for (const type of recordTypes) {
    const key = datasetKeys[type];
    const firstOfSlug = new Map<string, number>();
    for (const [index, raw] of (input[key] ?? []).entries()) {
      let record: RecordOf<typeof type>;
      try {
        record = validateRecord(type, raw);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const name = `${type} "${error.recordName}"`;
        for (const i of error.issues)
          problems.push({
            type,
            index,
            name,
            path: i.path,
            message: `${i.path ? `${i.path} ` : ''}${i.message}`,
          });
        continue;
      }
      const name = `${type} "${record.slug}"`;
      const problem = (path: string, message: string, cause?: DatasetProblem['cause']) =>
        problems.push({ type, index, name, path, message, ...(cause ? { cause } : {}) });
      const first = firstOfId.get(record.id);
      const firstSlug = firstOfSlug.get(record.slug);
      if (!record.id.startsWith(`${type}:`)) problem('id', `id "${record.id}" must start with "${type}:"`);
      else if (first)
        problem('id', `id "${record.id}" is used twice`, {
          kind: 'duplicate',
          field: 'id',
          value: record.id,
          first,
        });
      else if (firstSlug !== undefined)
        problem('slug', 'slug is used twice', {
          kind: 'duplicate',
          field: 'slug',
          value: record.slug,
          first: { type, index: firstSlug },
        });
      if (!first) firstOfId.set(record.id, { type, index });
      if (firstSlug === undefined) firstOfSlug.set(record.slug, index);
      (dataset[key] as unknown[]).push(record);
      valid.push({ place: { type, index }, name, record, references: referencesOf[type](record as never) });
    }
  }
  const unresolved: Unresolved[] = [];
  for (const { place, name, references } of valid) {
    for (const reference of references) {
      const found = firstOfId.get(reference.id)?.type;
      if (!found) unresolved.push({ at: name, place, reference });
      else if (found !== reference.type)
        problems.push({
          ...place,
          name,
          path: reference.path,
          message: `${reference.path} refers to ${reference.type} "${reference.id}", which is a ${found}`,
        });
    }
  }
  return { dataset, problems, unresolved, valid };
}

const missing = ({ at, place, reference }: Unresolved): DatasetProblem => ({
  ...place,
  name: at,
  path: reference.path,
  message: `${reference.path} refers to ${reference.type} "${reference.id}", which does not exist`,
  cause: { kind: 'missing', reference },
});

/**
 * Validates every record and the dataset's integrity: ids unique and prefixed with their type, slugs unique
 * per type, every referenced id present with the right type, every event and statement citing a source, and
 * every excerpt (and a statement's quote) found word for word in the text of its source, where that is stored.
 */
export function validateDataset(input: DatasetInput): Dataset {
  const { dataset, problems, unresolved, valid } = inspect(input);
  problems.push(...unresolved.map(missing));
  const texts = new Map(dataset.sources.map((s) => [s.id, s.text]));
  problems.push(...verbatim(valid, texts));
  if (problems.length > 0) throw new DatasetError(problems);
  return dataset;
}

/** Each excerpt and quote that the text of the source it cites (when stored) does not hold word for word. */
function verbatim(valid: readonly Checked[], texts: ReadonlyMap<string, string | null>): DatasetProblem[] {
  return valid.flatMap(({ place, name, record, references }) =>
    notInSource(place.type, record, references, texts).map((p) => ({
      ...place,
      name,
      path: p.path,
      message: p.message,
      cause: { kind: 'not-in-source' as const, sourceId: p.sourceId },
    })),
  );
}

/**
 * Each written place that would end up within itself (directly, or through the places enclosing it, as written or
 * as held): a chain of `within` must end, or a place's name would never finish ("Hanoi, Hanoi, Hanoi…").
 */
async function enclosingLoops(
  written: readonly RecordOf<'place'>[],
  held: HeldRecords,
): Promise<DatasetProblem[]> {
  const within = new Map<string, string | null>(written.map((p) => [p.id, p.withinId]));
  const looping = new Set<string>();
  // Each walk steps once per round; the held places a round reaches are looked up together.
  let walks = written.flatMap((p) =>
    p.withinId ? [{ from: p.id, at: p.withinId, seen: new Set([p.id]) }] : [],
  );
  while (walks.length > 0) {
    const unknown = [...new Set(walks.map((w) => w.at).filter((id) => !within.has(id)))];
    if (unknown.length > 0) for (const [id, parent] of await held.withinIds(unknown)) within.set(id, parent);
    walks = walks.flatMap((walk) => {
      if (walk.seen.has(walk.at)) {
        if (walk.at === walk.from) looping.add(walk.from);
        return [];
      }
      const next = within.get(walk.at);
      return next ? [{ ...walk, at: next, seen: walk.seen.add(walk.at) }] : [];
    });
  }
  return written.flatMap((place, index) =>
    looping.has(place.id)
      ? [
          {
            type: 'place' as const,
            index,
            name: `place "${place.slug}"`,
            path: 'withinId',
            message: `withinId would put the place within itself (through "${place.withinId}")`,
          },
        ]
      : [],
  );
}

/**
 * Validates records to be written into a store that holds others (`held`): as `validateDataset`, except that a
 * reference may name a record the store holds, and no slug may be held by a record of another id.
 */
export async function validateWrite(input: DatasetInput, held: HeldRecords): Promise<Dataset> {
  const { dataset, problems, unresolved, valid } = inspect(input);
  if (problems.length > 0) throw new DatasetError(problems);
  // Sets, added to in place: a copy per reference made a large import quadratic.
  const wanted = new Map<RecordType, Set<string>>();
  for (const { reference } of unresolved) {
    const ids = wanted.get(reference.type) ?? new Set<string>();
    wanted.set(reference.type, ids.add(reference.id));
  }
  const texts = new Map(dataset.sources.map((s) => [s.id, s.text]));
  const cited = new Set(valid.flatMap((c) => c.references.filter((r) => r.excerpt).map((r) => r.id)));
  const elsewhere = [...cited].filter((id) => !texts.has(id));
  const written = recordTypes.filter((type) => dataset[datasetKeys[type]].length > 0);
  // Asked together: a store that can answers them in one round trip.
  const [found, holders, heldTexts] = await Promise.all([
    wanted.size > 0 ? held.ids(new Map([...wanted].map(([type, ids]) => [type, [...ids]]))) : null,
    Promise.all(
      written.map((type) =>
        held.slugs(
          type,
          dataset[datasetKeys[type]].map((r) => r.slug),
        ),
      ),
    ),
    elsewhere.length > 0 ? held.sourceTexts(elsewhere) : null,
  ]);
  if (found)
    problems.push(
      ...unresolved.filter((u) => !found.get(u.reference.type)?.has(u.reference.id)).map(missing),
    );
  for (const [at, type] of written.entries()) {
    for (const [index, record] of dataset[datasetKeys[type]].entries()) {
      const holder = holders[at]?.get(record.slug);
      if (holder !== undefined && holder !== record.id)
        problems.push({
          type,
          index,
          name: `${type} "${record.slug}"`,
          path: 'slug',
          message: `slug is already used by "${holder}"`,
          cause: { kind: 'taken', holder },
        });
    }
  }
  problems.push(...(await enclosingLoops(dataset.places, held)));
  for (const [id, text] of heldTexts ?? []) texts.set(id, text);
  problems.push(...verbatim(valid, texts));
  if (problems.length > 0) throw new DatasetError(problems);
  return dataset;
}
