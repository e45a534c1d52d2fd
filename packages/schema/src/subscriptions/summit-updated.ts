import type { RecordOf, Store } from '@parley/domain';
import { builder } from '../builder.ts';
import { badInput } from '../errors.ts';
import { decodeId } from '../global-id.ts';
import { eventOf, liveOf } from '../live/live-of.ts';
import type { LiveCommit } from '../live/live-updates.ts';
import { SummitRef } from '../refs.ts';

type Summit = RecordOf<'summit'>;

// Every subscriber of a summit in this process hears the same commit object: the summit is loaded once for all.
const loaded = new WeakMap<LiveCommit, Map<string, Promise<Summit | null>>>();
function summitAfter(commit: LiveCommit, id: string, store: Store): Promise<Summit | null> {
  const summits = loaded.get(commit) ?? new Map<string, Promise<Summit | null>>();
  loaded.set(commit, summits);
  const summit = summits.get(id) ?? store.load('summit', [id]).then(([s]) => s ?? null);
  summits.set(id, summit);
  return summit;
}

/** The record id of a summit's global id; a client error for another type's id. */
function summitIdOf(id: string | number): string {
  const decoded = decodeId(String(id));
  if (decoded.typename !== 'Summit') throw badInput(`"${id}" is not a summit's id`, 'id');
  return decoded.id;
}

builder.subscriptionFields((t) => ({
  summitUpdated: t.field({
    type: SummitRef,
    description:
      'The summit as it now stands, each time a write changes it or a record on its page (its meetings, statements).',
    args: { id: t.arg.id({ required: true, description: 'The global id of the summit.' }) },
    subscribe: async (_root, { id }, context) => {
      const live = liveOf(context);
      const summitId = summitIdOf(id);
      const [summit] = await context.store.load('summit', [summitId]);
      if (!summit) throw badInput(`no Summit has the id "${id}"`, 'id');
      return live.subscribe((commit) => (commit.summitIds.includes(summitId) ? [commit] : []));
    },
    resolve: async (value, { id }, context) => {
      const summit = await summitAfter(eventOf(value, context), summitIdOf(id), context.store);
      if (!summit) throw badInput(`no Summit has the id "${id}"`, 'id');
      return summit;
    },
  }),
}));
