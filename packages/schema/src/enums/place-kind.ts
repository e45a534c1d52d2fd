import type { PlaceKind } from '@parley/domain';
import { builder } from '../builder.ts';

export const PlaceKindEnum = builder.enumType('PlaceKind', {
  description: 'What sort of place a place is; `within` links places into a hierarchy.',
  values: {
    COUNTRY: { description: 'A country.' },
    REGION: { description: 'A region within or across countries.' },
    CITY: { description: 'A city.' },
    DISTRICT: { description: 'A district or neighbourhood of a city.' },
    BUILDING: { description: 'A building, e.g. the White House.' },
    ROOM: { description: 'A room in a building, e.g. the Oval Office.' },
  } satisfies Record<PlaceKind, { description: string }>,
});
