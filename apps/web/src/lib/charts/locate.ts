import type { LatLon } from './world-map.ts';

/** A place as far as a map needs it: its coordinates if known, and the places that enclose it. */
export interface LocatablePlace {
  name: string;
  coordinates: LatLon | null;
  within?: LocatablePlace | null;
}

/** Where to mark a place: its own spot, or else the nearest enclosing place's, named in `shownAt`. */
export interface Location {
  at: LatLon;
  /** The enclosing place whose spot stands in; null when the place has its own. */
  shownAt: string | null;
}

/** Finds where to mark a place; null when neither it nor any place enclosing it has coordinates. */
export function locate(place: LocatablePlace): Location | null {
  for (let p: LocatablePlace | null | undefined = place; p; p = p.within) {
    if (p.coordinates) return { at: p.coordinates, shownAt: p === place ? null : p.name };
  }
  return null;
}
