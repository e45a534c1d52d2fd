import type { RecordOf } from '../records/dataset.ts';

type Place = RecordOf<'place'>;
const place = (
  slug: string,
  name: string,
  kind: Place['kind'],
  withinId: string | null,
  aliases: string[] = [],
): Place => ({
  id: `place:${slug}`,
  slug,
  name,
  aliases,
  kind,
  withinId,
});

export const places: Place[] = [
  place('united-states', 'United States', 'COUNTRY', null, ['U.S.', 'the United States']),
  place('north-korea', 'North Korea', 'COUNTRY', null, ['DPRK', "Democratic People's Republic of Korea"]),
  place('singapore', 'Singapore', 'COUNTRY', null),
  place('vietnam', 'Vietnam', 'COUNTRY', null),
  place('thailand', 'Thailand', 'COUNTRY', null),
  place('washington-dc', 'Washington, D.C.', 'CITY', 'place:united-states', ['Washington', 'D.C.']),
  place('northwest-dc', 'Northwest, Washington, D.C.', 'DISTRICT', 'place:washington-dc', ['Northwest D.C.']),
  // The article names no hotel: the place is kept in its own words.
  place('hotel-northwest-dc', 'a hotel in Northwest D.C.', 'BUILDING', 'place:northwest-dc'),
  place('white-house', 'White House', 'BUILDING', 'place:washington-dc'),
  place('oval-office', 'Oval Office', 'ROOM', 'place:white-house'),
];
