import { builder } from '../builder.ts';
import { AnyRecordTypeEnum } from '../enums/any-record-type.ts';
import { decodeId } from '../global-id.ts';
import { eventOf, liveOf } from '../live/live-of.ts';
import { RecordChangeRef } from '../types/record-change.ts';

builder.subscriptionFields((t) => ({
  recordChanged: t.field({
    type: RecordChangeRef,
    description:
      'Each record written from now on (one event per record of a write), as readers may see it: created, updated, retracted, restored or merged, with its new revision.',
    args: {
      types: t.arg({ type: [AnyRecordTypeEnum], description: 'Only records of these types (default all).' }),
      ids: t.arg.idList({ description: 'Only the records of these global ids (default all).' }),
    },
    subscribe: (_root, { types, ids }, context) => {
      const live = liveOf(context);
      // Decoded before listening, so a bad id is refused at once.
      const wanted = ids ? new Set(ids.map((id) => decodeId(String(id)).id)) : null;
      return live.subscribe((commit) =>
        commit.records.filter((r) => (!types || types.includes(r.type)) && (!wanted || wanted.has(r.id))),
      );
    },
    resolve: (value, _args, context) => eventOf(value, context),
  }),
}));
