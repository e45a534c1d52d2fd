import { people } from './people.ts';

/** A person's name as their record spells it: titles built from it cannot disagree with the record. */
export function nameOf(personId: string): string {
  const person = people.find((p) => p.id === personId);
  if (!person) throw new Error(`seed: no person "${personId}"`);
  return person.name;
}
