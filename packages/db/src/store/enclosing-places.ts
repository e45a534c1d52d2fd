import type { RecordOf } from '@parley/domain';
import { sql } from 'drizzle-orm';
import { decodeRecord, type RecordJson, recordJson } from '../records/record-json.ts';
import { places } from '../schema/index.ts';
import { isAnyOf } from './ids.ts';
import type { Read } from './read-batch.ts';

/** How far a chain of places is followed (a room, a building, a city, a region, a country, and a margin). */
const MAX_DEPTH = 16;

/** The places enclosing each place, nearest first: every level of every chain in one recursive read. */
export async function enclosingPlaces(
  read: Read,
  placeIds: readonly string[],
): Promise<RecordOf<'place'>[][]> {
  if (placeIds.length === 0) return [];
  const rows = await read<
    { start: string; place: RecordJson }[]
  >(sql`with recursive chain(start, id, depth) as (
      select ${places.id}, ${places.withinId}, 1 from ${places}
      where ${isAnyOf(places.id, [...new Set(placeIds)])} and ${places.withinId} is not null
      union all
      select chain.start, ${places.withinId}, chain.depth + 1 from chain join ${places} on ${places.id} = chain.id
      where ${places.withinId} is not null and chain.depth < ${MAX_DEPTH})
    select coalesce(json_agg(json_build_object('start', chain.start, 'place', ${recordJson.place})
      order by chain.start, chain.depth), '[]'::json)
    from chain join ${places} on ${places.id} = chain.id`);
  const chains = new Map<string, RecordOf<'place'>[]>();
  for (const { start, place } of rows) {
    const chain = chains.get(start) ?? [];
    chain.push(decodeRecord<'place'>(place));
    chains.set(start, chain);
  }
  return placeIds.map((id) => chains.get(id) ?? []);
}
