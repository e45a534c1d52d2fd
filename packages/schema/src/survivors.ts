import type { RecordOf, RecordType, Store } from '@parley/domain';

// A duplicate merged into a person later merged again: followed this many times at most.
const MAX_HOPS = 10;

/** The records with each person merged into another replaced by the one it was merged into. */
export async function survivorsOf<T extends RecordType>(
  store: Store,
  type: T,
  records: (RecordOf<T> | null)[],
): Promise<(RecordOf<T> | null)[]> {
  if (type !== 'person') return records;
  let people = records as (RecordOf<'person'> | null)[];
  for (let hop = 0; hop < MAX_HOPS; hop += 1) {
    const merged = people.flatMap((p) => (p?.mergedIntoId ? [p.mergedIntoId] : []));
    if (merged.length === 0) break;
    const survivors = new Map((await store.load('person', merged)).flatMap((p) => (p ? [[p.id, p]] : [])));
    people = people.map((p) => (p?.mergedIntoId ? (survivors.get(p.mergedIntoId) ?? p) : p));
  }
  return people as (RecordOf<T> | null)[];
}
