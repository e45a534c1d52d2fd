import type { ProposedRecord } from '@parley/ingest';
import { builder } from '../builder.ts';
import { AnyRecordTypeEnum } from '../enums/any-record-type.ts';
import { ProposedActionEnum } from '../enums/proposed-action.ts';

export const ProposedRecordRef = builder.objectRef<ProposedRecord>('ProposedRecord').implement({
  description: 'A record an article yields, for an editor to accept, correct or reject.',
  fields: (t) => ({
    action: t.expose('action', {
      type: ProposedActionEnum,
      description: 'New, or a new version of a recorded one.',
    }),
    type: t.expose('type', { type: AnyRecordTypeEnum, description: 'What kind of record it is.' }),
    record: t.field({
      type: 'JSON',
      description:
        'The record as it would be written, with record ids; every excerpt and quote is the article’s words.',
      resolve: (proposed) => proposed.record,
    }),
    before: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The recorded version it changes; null for a new record.',
      resolve: (proposed) => proposed.before,
    }),
    expectedRevision: t.exposeInt('expectedRevision', {
      description: 'The revision the proposal read (0 for a new record): pass it back to `applyProposal`.',
    }),
    because: t.exposeStringList('because', {
      description: 'The article’s words that produced it, and how its names were matched.',
    }),
  }),
});
