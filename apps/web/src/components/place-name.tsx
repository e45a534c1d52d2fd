import { type FragmentOf, graphql, readFragment } from '../graphql.ts';
import { joinPlaceNames, type NamedPlace } from '../lib/places.ts';

export const PlaceNameFragment = graphql(`
  fragment PlaceName on Place {
    name
    aliases
    within {
      name
      aliases
      within {
        name
        aliases
        within {
          name
          aliases
        }
      }
    }
  }
`);

/** A place and, as deep as the fragment asks, the places that enclose it. */
interface Enclosed extends NamedPlace {
  within?: Enclosed | null;
}

/** A place with the places that enclose it: "Oval Office, White House, Washington, D.C.". */
export function placePath(place: FragmentOf<typeof PlaceNameFragment>): string {
  const chain: NamedPlace[] = [];
  for (let p: Enclosed | null | undefined = readFragment(PlaceNameFragment, place); p; p = p.within) {
    chain.push(p);
  }
  return joinPlaceNames(chain);
}

/** A place and what encloses it, as text. */
export function PlaceName({ place }: { place: FragmentOf<typeof PlaceNameFragment> }) {
  return <>{placePath(place)}</>;
}
