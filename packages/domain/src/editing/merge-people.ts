import type { RecordOf } from '../records/dataset.ts';
import type { RecordType } from '../records/enums.ts';
import { referencesOf } from '../references.ts';

type Person = RecordOf<'person'>;

const unique = <T>(items: readonly T[], key: (item: T) => string) => {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
};

/** The survivor of a merge: the duplicate's name and aliases become its aliases, its roles join the survivor's. */
export function absorb(survivor: Person, duplicate: Person): Person {
  const names = [survivor.name, ...survivor.aliases, duplicate.name, ...duplicate.aliases];
  return {
    ...survivor,
    aliases: unique(names, (n) => n).filter((n) => n !== survivor.name),
    roles: unique([...survivor.roles, ...duplicate.roles], (role) => JSON.stringify(role)),
  };
}

/** Sets the value at a record's field path (`participants[0].personId`) in a copy of the record. */
function withValueAt<R>(record: R, path: string, value: string): R {
  const names = path.split(/[.[\]]+/).filter(Boolean);
  const copy = structuredClone(record) as Record<string, unknown>;
  let at: Record<string, unknown> = copy;
  for (const name of names.slice(0, -1)) at = at[name] as Record<string, unknown>;
  at[names.at(-1) as string] = value;
  return copy as R;
}

/**
 * The record with every reference to person `from` moved to person `to`. A list of participants that then names
 * the same person twice keeps the first.
 */
export function moveReferences<T extends RecordType>(
  type: T,
  record: RecordOf<T>,
  from: string,
  to: string,
): RecordOf<T> {
  const moved = referencesOf[type](record)
    .filter((ref) => ref.type === 'person' && ref.id === from)
    .reduce((r, ref) => withValueAt(r, ref.path, to), record);
  if (!('participants' in moved)) return moved;
  const participants = unique(moved.participants, (p) => p.personId);
  return { ...moved, participants };
}
