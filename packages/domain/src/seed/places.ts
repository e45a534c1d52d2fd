import type { RecordOf } from '../records/dataset.ts';

type Place = RecordOf<'place'>;
type Coordinates = Place['coordinates'];
const place = (
  slug: string,
  name: string,
  kind: Place['kind'],
  withinId: string | null,
  coordinates: Coordinates,
  aliases: string[] = [],
): Place => ({
  id: `place:${slug}`,
  slug,
  name,
  aliases,
  kind,
  withinId,
  coordinates,
});

/** Degrees north and east (negative: south, west), WGS 84. */
const at = (latitude: number, longitude: number): Coordinates => ({ latitude, longitude });

// Coordinates are public geographic knowledge, not the article's: a country's is the point gazetteers give
// for it (the CIA World Factbook's "geographic coordinates"), a city's its centre, a building's its own.
export const places: Place[] = [
  place('united-states', 'United States', 'COUNTRY', null, at(38, -97), ['U.S.', 'the United States']),
  place('north-korea', 'North Korea', 'COUNTRY', null, at(40, 127), [
    'DPRK',
    "Democratic People's Republic of Korea",
  ]),
  place('singapore', 'Singapore', 'COUNTRY', null, at(1.3667, 103.8)),
  place('vietnam', 'Vietnam', 'COUNTRY', null, at(16.1667, 107.8333)),
  place('thailand', 'Thailand', 'COUNTRY', null, at(15, 100)),
  place('washington-dc', 'Washington, D.C.', 'CITY', 'place:united-states', at(38.9072, -77.0369), [
    'Washington',
    'D.C.',
  ]),
  // The quadrant's point is Cleveland Park, near its middle.
  place(
    'northwest-dc',
    'Northwest, Washington, D.C.',
    'DISTRICT',
    'place:washington-dc',
    at(38.9345, -77.0581),
    ['Northwest D.C.'],
  ),
  // The article names no hotel: the place is kept in its own words, and its spot is not known.
  place('hotel-northwest-dc', 'a hotel in Northwest D.C.', 'BUILDING', 'place:northwest-dc', null),
  place('white-house', 'White House', 'BUILDING', 'place:washington-dc', at(38.8977, -77.0365)),
  place('oval-office', 'Oval Office', 'ROOM', 'place:white-house', at(38.8973, -77.0374)),
];
