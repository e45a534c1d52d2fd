import { builder } from '../builder.ts';
import { AnyRecordTypeEnum } from '../enums/any-record-type.ts';
import { RecordChangeKindEnum } from '../enums/record-change-kind.ts';
import { encodeId, typenameOf } from '../global-id.ts';
import type { RecordWrite } from '../live/live-updates.ts';

export const RecordChangeRef = builder.objectRef<RecordWrite>('RecordChange').implement({
  description:
    'One record a write changed, as `recordChanged` tells it: fetch the record by `id` (`node`) for its new state.',
  fields: (t) => ({
    id: t.id({
      description: 'The global id of the record changed.',
      resolve: (r) => encodeId(typenameOf(r.type), r.id),
    }),
    type: t.expose('type', { type: AnyRecordTypeEnum, description: 'The type of the record changed.' }),
    revision: t.exposeInt('revision', {
      description: 'The record’s revision after the change: the `revision` of its `history` entry.',
    }),
    kind: t.expose('kind', { type: RecordChangeKindEnum, description: 'What the write did to the record.' }),
    at: t.exposeString('at', { description: 'When the change was committed (ISO 8601, UTC).' }),
    summitIds: t.idList({
      description:
        'The global ids of the summits whose page shows the record, before or after the change: the summit itself, or the summit a meeting or statement names (both, when it moved). Empty for records no summit page shows this way.',
      resolve: (r) => r.summitIds.map((id) => encodeId('Summit', id)),
    }),
  }),
});
