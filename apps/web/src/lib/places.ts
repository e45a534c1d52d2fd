/**
 * Joins a place and the places enclosing it, innermost first, leaving out an enclosing name the previous
 * one already spells out ("Northwest, Washington, D.C." needs no "Washington, D.C." after it).
 */
export function joinPlaceNames(names: readonly string[]): string {
  const kept: string[] = [];
  for (const name of names) {
    const previous = kept.at(-1);
    if (previous?.endsWith(name)) continue;
    kept.push(name);
  }
  return kept.join(', ');
}
