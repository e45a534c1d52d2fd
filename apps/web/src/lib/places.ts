/** A place as a chain of enclosing places gives it: its name and the other names it goes by. */
export interface NamedPlace {
  name: string;
  aliases: readonly string[];
}

const wordCharacter = /[\p{L}\p{N}]/u;

/** Whether `text` ends with `phrase` as whole words ("in Northwest D.C." ends with "D.C.", "ND.C." does not). */
function endsWithPhrase(text: string, phrase: string): boolean {
  if (!phrase || !text.endsWith(phrase)) return false;
  const before = text.at(-phrase.length - 1);
  return before === undefined || !wordCharacter.test(before);
}

/**
 * Joins a place and the places enclosing it, innermost first, leaving out an enclosing place the name before
 * it already ends with, by any of its names: "a hotel in Northwest D.C." needs no "Northwest" or "Washington,
 * D.C." after it.
 */
export function joinPlaceNames(places: readonly NamedPlace[]): string {
  const kept: string[] = [];
  for (const place of places) {
    const previous = kept.at(-1);
    if (previous !== undefined && [place.name, ...place.aliases].some((n) => endsWithPhrase(previous, n)))
      continue;
    kept.push(place.name);
  }
  return kept.join(', ');
}
