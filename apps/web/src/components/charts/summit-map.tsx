import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { MapPlaceFragment, mapPlace, placeHref } from './map-place.ts';
import { type MapEntry, PlacesMap } from './places-map.tsx';

export const SummitMapFragment = graphql(
  `
  fragment SummitMap on Summit {
    title
    location {
      ...MapPlace
    }
    candidateLocations {
      place {
        ...MapPlace
      }
      reportedBy {
        name
      }
      reportedByOrganization {
        name
      }
    }
  }
`,
  [MapPlaceFragment],
);

type SummitMapData = FragmentOf<typeof SummitMapFragment>;

/** "Margaret Brennan (CBS News)", or whichever of the two is known. */
export const reporter = (person?: string, organization?: string): string | null =>
  person ? (organization ? `${person} (${organization})` : person) : (organization ?? null);

/** A summit's venue and its reported candidates as map entries; a candidate that became the venue is the venue. */
export function summitMapEntries(fragment: SummitMapData): MapEntry[] {
  const summit = readFragment(SummitMapFragment, fragment);
  const venue = summit.location ? mapPlace(summit.location) : null;
  const candidates = summit.candidateLocations.map((c) => ({
    place: mapPlace(c.place),
    by: reporter(c.reportedBy?.name, c.reportedByOrganization?.name),
  }));
  return [
    ...(venue ? [{ ...venue, role: 'venue' as const, href: placeHref(venue.slug) }] : []),
    ...candidates
      .filter((c) => c.place.slug !== venue?.slug)
      .map((c) => ({
        ...c.place,
        role: 'candidate' as const,
        href: placeHref(c.place.slug),
        ...(c.by ? { detail: `reported by ${c.by}` } : {}),
      })),
  ];
}

/** A summit page's map: where it is held, or the places reported as candidates while it is to be announced. */
export function SummitMap({ summit }: { summit: SummitMapData }) {
  const { title } = readFragment(SummitMapFragment, summit);
  return (
    <PlacesMap id="summit-map" title={`Where: ${title}`} entries={summitMapEntries(summit)} view="around" />
  );
}
