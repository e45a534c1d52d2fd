import type { Location } from './locate.ts';

/** A record that names a place: as its venue, or as a candidate (with who reported it). */
export interface PlaceUse {
  place: { slug: string; name: string; location: Location | null };
  role: 'venue' | 'candidate';
  record: { href: string; text: string };
  by?: string | null;
}

/** A place with every record naming it; a venue when anything was held there, else a candidate. */
export interface PlaceSummary {
  slug: string;
  name: string;
  location: Location | null;
  role: 'venue' | 'candidate';
  uses: PlaceUse[];
}

/** The places the records name, each once, by name, with the records in the order given. */
export function placeIndex(uses: readonly PlaceUse[]): PlaceSummary[] {
  const bySlug = new Map<string, PlaceSummary>();
  for (const use of uses) {
    const summary = bySlug.get(use.place.slug) ?? { ...use.place, role: 'candidate', uses: [] };
    summary.uses.push(use);
    if (use.role === 'venue') summary.role = 'venue';
    bySlug.set(use.place.slug, summary);
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
