import type { RecordOf } from '@parley/domain';
import type { ParleyContext } from './context.ts';

type Place = RecordOf<'place'>;

// Per request (the context), as the loaders are: what one request read is never served to another.
const chainsByContext = new WeakMap<ParleyContext, Map<string, Place[]>>();

function chainsOf(context: ParleyContext): Map<string, Place[]> {
  const chains = chainsByContext.get(context) ?? new Map<string, Place[]>();
  chainsByContext.set(context, chains);
  return chains;
}

/**
 * Loads places and, in the same batched read, the places enclosing them: `within` is then answered at every
 * depth without another trip to the store (a page names "Oval Office, White House, Washington, D.C.").
 */
export async function loadPlacesWithChains(ids: readonly string[], context: ParleyContext) {
  const [places, enclosing] = await Promise.all([
    context.store.load('place', ids),
    context.store.enclosingPlaces(ids),
  ]);
  const chains = chainsOf(context);
  for (const [i, chain] of enclosing.entries()) {
    chains.set(ids[i] as string, chain);
    for (const [depth, place] of chain.entries()) chains.set(place.id, chain.slice(depth + 1));
  }
  return places;
}

/** The place enclosing `place`: the record when its chain was read with it, else its id for the loader. */
export function enclosingPlace(place: Place, context: ParleyContext): Place | string | null {
  if (!place.withinId) return null;
  const [nearest] = chainsOf(context).get(place.id) ?? [];
  return nearest?.id === place.withinId ? nearest : place.withinId;
}
