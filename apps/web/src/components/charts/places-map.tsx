import type { ReactNode } from 'react';
import type { Location } from '../../lib/charts/locate.ts';
import { layoutMap, type MapView } from '../../lib/charts/world-map.ts';
import styles from './charts.module.css';
import { MapSvg } from './map-svg.tsx';
import { ScrollRegion } from './scroll-region.tsx';

// Plain links in the lists: there may be hundreds, and next/link would render and hydrate a component for each.
/** A place to mark and what the list says of it. */
export interface MapEntry {
  slug: string;
  name: string;
  role: 'venue' | 'candidate';
  location: Location | null;
  href: string;
  /** What the list adds, e.g. who reported a candidate. */
  detail?: string;
}

const SIZES = { world: { width: 800, height: 420 }, around: { width: 640, height: 400 } } as const;

/** A place in words: its role, name, what else is known, and where the map marks it when not at its own spot. */
function EntryRow({ entry }: { entry: MapEntry }) {
  const where = !entry.location
    ? 'not on the map: where it is is not known'
    : entry.location.shownAt
      ? `marked at ${entry.location.shownAt}: its own spot is not known`
      : null;
  return (
    <tr data-place={entry.slug} data-role={entry.role}>
      <td>
        <a href={entry.href}>{entry.name}</a>
      </td>
      <td>{entry.role === 'venue' ? 'Venue' : 'Reported candidate'}</td>
      <td>{[entry.detail, where].filter(Boolean).join('; ')}</td>
    </tr>
  );
}

/**
 * A map drawn on the server from the packaged world boundaries: the venue as a dot, the candidate places
 * reported before it was fixed as rings, each linked to its place, and the same places listed in words.
 */
export function PlacesMap({
  id,
  title,
  entries,
  view,
  note,
}: {
  id: string;
  title: string;
  entries: readonly MapEntry[];
  view: MapView;
  note?: ReactNode;
}) {
  if (entries.length === 0) return null;
  const size = SIZES[view];
  const markers = entries.flatMap((e) =>
    e.location ? [{ slug: e.slug, name: e.name, role: e.role, at: e.location.at, href: e.href }] : [],
  );
  const layout = layoutMap(markers, size.width, size.height, view);
  return (
    <figure className={`${styles.figure} ${styles.square}`} aria-labelledby={`${id}-title`}>
      <figcaption className={styles.caption} id={`${id}-title`}>
        <strong>{title}</strong>A filled dot is a venue, a ring a place reported as a candidate.
      </figcaption>
      <ScrollRegion label={`${title}: the drawing`}>
        <MapSvg layout={layout} />
      </ScrollRegion>
      {note}
      <details className={styles.alternative}>
        <summary>The map in words</summary>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col">Marked as</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <EntryRow key={`${entry.role}-${entry.slug}`} entry={entry} />
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
