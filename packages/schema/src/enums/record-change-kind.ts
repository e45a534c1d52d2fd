import { builder } from '../builder.ts';
import type { RecordChangeKind } from '../live/live-updates.ts';

export const RecordChangeKindEnum = builder.enumType('RecordChangeKind', {
  description: 'What a write did to a record.',
  values: {
    CREATED: { value: 'created', description: 'The record is new (its revision is 1).' },
    UPDATED: { value: 'updated', description: 'Fields of the record changed.' },
    RETRACTED: { value: 'retracted', description: 'An admin retracted the record; it still answers by id.' },
    RESTORED: {
      value: 'restored',
      description: 'A retracted record stands again (its retraction reverted).',
    },
    MERGED: { value: 'merged', description: 'An admin merged this person into another, a duplicate.' },
  } as const satisfies Record<Uppercase<RecordChangeKind>, { value: RecordChangeKind; description: string }>,
});
