import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { ParleyContext } from './context.ts';
import { decodeId, encodeId } from './global-id.ts';

/** The Pothos builder: plugins and defaults only; each type lives in its own file under src/types. */
export const builder = new SchemaBuilder<{
  Context: ParleyContext;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount: () => Promise<number> };
  Scalars: { Date: { Input: string; Output: string }; JSON: { Input: unknown; Output: unknown } };
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    encodeGlobalID: encodeId,
    decodeGlobalID: decodeId,
    cursorType: 'String',
    nodesOnConnection: { description: 'The records of this page, without cursors.' },
    edgesFieldOptions: { nullable: false, description: 'The records of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The record at this position.' },
    cursorFieldOptions: {
      description: 'An opaque position in the list: pass it as `after` or `before` to page from here.',
    },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    idFieldOptions: { description: 'An opaque global id, usable with `node(id)` and `nodes(ids)`.' },
    nodeTypeOptions: { description: 'A record with an opaque global id that `node(id)` can fetch again.' },
    pageInfoTypeOptions: { description: 'Cursors and flags for paging through a connection.' },
    hasNextPageFieldOptions: { description: 'True when records follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when records precede this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first record of this page, null when empty.' },
    endCursorFieldOptions: { description: 'The cursor of the last record of this page, null when empty.' },
    firstArgOptions: { description: 'How many records to return from the start (at most 100; default 20).' },
    lastArgOptions: { description: 'How many records to return from the end (at most 100).' },
    afterArgOptions: { description: 'Return records after this cursor.' },
    beforeArgOptions: { description: 'Return records before this cursor.' },
    nodeQueryOptions: {
      description: 'Fetches any record by its global id; an unknown id is an error.',
      args: { id: { description: 'The global id of the record.' } },
    },
    nodesQueryOptions: {
      description:
        'Fetches several records by their global ids, in the order given; an unknown id is an error.',
      args: { ids: { description: 'The global ids of the records.' } },
    },
  },
});

/** The builder's type parameters, for helpers that build fields on any parent. */
export type ParleyTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
