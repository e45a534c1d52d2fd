import type { RecordOf } from '@parley/domain';
import { builder } from './builder.ts';
import type { ParleyContext } from './context.ts';
import { badInput } from './errors.ts';
import { encodeId, nodeTypes } from './global-id.ts';
import { loadPlacesWithChains } from './place-chains.ts';
import { survivorsOf } from './survivors.ts';

/**
 * The node types and their batch loaders, declared before any type is implemented so that type files can
 * refer to each other. Each loader turns every lookup of one request into one `Store.load` call.
 */
function nodeRef<N extends keyof typeof nodeTypes>(
  name: N,
  loadRecords = (ids: readonly string[], { store }: ParleyContext) => store.load(nodeTypes[name], ids),
) {
  const type = nodeTypes[name];
  return builder.loadableNodeRef<RecordOf<(typeof nodeTypes)[N]>, string, string>(name, {
    id: { resolve: (record) => record.id },
    load: async (ids, context) => {
      const records = await survivorsOf(context.store, type, await loadRecords(ids, context));
      return records.map(
        (record, i) => record ?? badInput(`no ${name} has the id "${encodeId(name, ids[i] ?? '')}"`, 'id'),
      );
    },
  });
}

export const SummitRef = nodeRef('Summit');
export const MeetingRef = nodeRef('Meeting');
export const StatementRef = nodeRef('Statement');
export const PersonRef = nodeRef('Person');
export const OrganizationRef = nodeRef('Organization');
export const PlaceRef = nodeRef('Place', loadPlacesWithChains);
export const SourceRef = nodeRef('Source');
export const TopicRef = nodeRef('Topic');
