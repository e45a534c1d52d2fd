import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { type Location, locate } from '../../lib/charts/locate.ts';

// Two enclosing places deep: enough to find a spot for a place without its own, within the API's cost limit.
export const MapPlaceFragment = graphql(`
  fragment MapPlace on Place {
    slug
    name
    coordinates {
      latitude
      longitude
    }
    within {
      name
      coordinates {
        latitude
        longitude
      }
      within {
        name
        coordinates {
          latitude
          longitude
        }
      }
    }
  }
`);

/** A place's slug and name, and where a map marks it (null when nothing in its chain has coordinates). */
export function mapPlace(fragment: FragmentOf<typeof MapPlaceFragment>): {
  slug: string;
  name: string;
  location: Location | null;
} {
  const place = readFragment(MapPlaceFragment, fragment);
  return { slug: place.slug, name: place.name, location: locate(place) };
}

/** A place's line on the places page, where every map marker leads. */
export const placeHref = (slug: string) => `/places#place-${slug}`;
