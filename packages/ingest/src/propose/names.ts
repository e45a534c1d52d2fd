import { similarity } from '@parley/domain';

// Words before a name that say how to address someone, never part of the name.
const honorifics = /^(?:mr|mrs|ms|miss|dr|sir|madam|mme)\.?\s+/i;

/** A name as matching compares it: without honorifics, accents, periods and hyphens, lowercased, spaces collapsed. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .replace(honorifics, '')
    .replace(/[‐‑–—-]/g, ' ')
    .replace(/[.’'`]/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** How close a written name is to a known one: 1 for the same name, trigram similarity for a variant spelling. */
export function nameScore(written: string, known: string): number {
  const a = normalizeName(written);
  const b = normalizeName(known);
  if (a === b) return 1;
  return similarity(a, b);
}

/** A variant spelling ("Steve Beigun" for "Steve Biegun") counts from this similarity on. */
export const VARIANT_THRESHOLD = 0.45;

/** The record's names: its name and its aliases. */
export const namesOf = (record: { name: string; aliases: readonly string[] }) => [
  record.name,
  ...record.aliases,
];
