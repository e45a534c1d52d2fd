import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { MapPlaceFragment, mapPlace, placeHref } from './map-place.ts';
import { PlacesMap } from './places-map.tsx';

export const MeetingMapFragment = graphql(
  `
  fragment MeetingMap on Meeting {
    location {
      ...MapPlace
    }
  }
`,
  [MapPlaceFragment],
);

/** A meeting page's map of where it took place; nothing when the sources do not say. */
export function MeetingMap({ meeting }: { meeting: FragmentOf<typeof MeetingMapFragment> }) {
  const { location } = readFragment(MeetingMapFragment, meeting);
  if (!location) return null;
  const venue = mapPlace(location);
  return (
    <PlacesMap
      id="meeting-map"
      title="Where the meeting took place"
      entries={[{ ...venue, role: 'venue', href: placeHref(venue.slug) }]}
      view="around"
    />
  );
}
