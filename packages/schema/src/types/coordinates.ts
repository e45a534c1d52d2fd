import type { Coordinates } from '@parley/domain';
import { builder } from '../builder.ts';

export const CoordinatesRef = builder.objectRef<Coordinates>('Coordinates').implement({
  description:
    'Where a place is on the globe, in WGS 84 degrees: a building’s own spot, a city’s centre, a country’s representative point.',
  fields: (t) => ({
    latitude: t.exposeFloat('latitude', { description: 'Degrees north of the equator (negative: south).' }),
    longitude: t.exposeFloat('longitude', { description: 'Degrees east of Greenwich (negative: west).' }),
  }),
});
