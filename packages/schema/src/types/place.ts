import { PlaceKindEnum } from '../enums/place-kind.ts';
import { enclosingPlace } from '../place-chains.ts';
import { PlaceRef } from '../refs.ts';
import { CoordinatesRef } from './coordinates.ts';

PlaceRef.implement({
  description:
    'A place: a country, city, building or room. `within` links places, so the Oval Office is within the White House within Washington, D.C.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'A URL-friendly name, unique among places.' }),
    name: t.exposeString('name', { description: 'The name the place is known by.' }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other names for the place, as sources give them.',
    }),
    kind: t.expose('kind', { type: PlaceKindEnum, description: 'What sort of place this is.' }),
    within: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'The place that contains this one; null for a country.',
      resolve: (place, _args, context) => enclosingPlace(place, context),
    }),
    coordinates: t.expose('coordinates', {
      type: CoordinatesRef,
      nullable: true,
      description:
        'Where the place is; null while unknown (e.g. "a hotel in Northwest D.C."), when a map may show the place within which it lies.',
    }),
  }),
});
