import { type FragmentOf, graphql, readFragment } from '../graphql.ts';
import { joinPlaceNames } from '../lib/places.ts';

export const PlaceNameFragment = graphql(`
  fragment PlaceName on Place {
    name
    within {
      name
      within {
        name
        within {
          name
        }
      }
    }
  }
`);

/** A place and, as deep as the fragment asks, the places that enclose it. */
interface Enclosed {
  name: string;
  within?: Enclosed | null;
}

/** A place with the places that enclose it: "Oval Office, White House, Washington, D.C.". */
export function placePath(place: FragmentOf<typeof PlaceNameFragment>): string {
  const names: string[] = [];
  for (let p: Enclosed | null | undefined = readFragment(PlaceNameFragment, place); p; p = p.within) {
    names.push(p.name);
  }
  return joinPlaceNames(names);
}

/** A place and what encloses it, as text. */
export function PlaceName({ place }: { place: FragmentOf<typeof PlaceNameFragment> }) {
  return <>{placePath(place)}</>;
}
