import { type Dataset, datasetKeys, type RecordOf } from '../records/dataset.ts';
import { type Names, searchTextsOf } from './memory-search.ts';

/** The types whose search texts name other records (topics and people). */
export const naming = ['summit', 'meeting', 'statement'] as const;
type Naming = (typeof naming)[number];

/** The former names of the people and topics a write renames, by id. */
export function renamesIn(
  written: Dataset,
  held: (type: 'person' | 'topic', id: string) => { name: string } | undefined,
): Map<string, string> {
  const former = new Map<string, string>();
  for (const type of ['person', 'topic'] as const) {
    for (const record of written[datasetKeys[type]]) {
      const old = held(type, record.id);
      if (old && old.name !== record.name) former.set(record.id, old.name);
    }
  }
  return former;
}

/**
 * The records whose search text changed with a rename (`former`: the names before): those naming a renamed
 * person or topic, as the SQL store recomputes them. Read after the write, so `names` gives the new names.
 */
export function renamedIn(
  all: <T extends Naming>(type: T) => RecordOf<T>[],
  names: Names,
  former: ReadonlyMap<string, string>,
): { type: Naming; id: string }[] {
  if (former.size === 0) return [];
  const before: Names = {
    topic: (id) => former.get(id) ?? names.topic(id),
    person: (id) => (id === null ? undefined : former.get(id)) ?? names.person(id),
  };
  const same = <T extends Naming>(type: T, record: RecordOf<T>) =>
    JSON.stringify(searchTextsOf(type, record, before)) ===
    JSON.stringify(searchTextsOf(type, record, names));
  return naming.flatMap((type) =>
    all(type)
      .filter((record) => !same(type, record))
      .map((record) => ({ type, id: record.id })),
  );
}
