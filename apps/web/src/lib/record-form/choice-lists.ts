import type { Choice } from './api-values.ts';
import type { ReferenceType } from './descriptors.ts';

/** What a reference field offers, by the type of record it names. */
export type Choices = Record<ReferenceType, Choice[]>;

/** Each record once, by label, then by id, so a list reads the same every time. */
export function sortedChoices(choices: readonly Choice[]): Choice[] {
  const unique = new Map(choices.map((c) => [c.id, c]));
  return [...unique.values()].sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
}

/** The choices with the records a record names added, so a field always offers the value it holds. */
export const withNamed = (choices: Choices, named: Partial<Record<ReferenceType, Choice[]>>): Choices =>
  Object.fromEntries(
    Object.entries(choices).map(([type, listed]) => [
      type,
      sortedChoices([...listed, ...(named[type as ReferenceType] ?? [])]),
    ]),
  ) as Choices;
