import { builder } from '../builder.ts';
import { AnyRecordTypeEnum } from '../enums/any-record-type.ts';

export const ProposedRecordInput = builder.inputType('ProposedRecordInput', {
  description: 'A record to write: one of a proposal’s, as proposed or corrected.',
  fields: (t) => ({
    type: t.field({ type: AnyRecordTypeEnum, required: true, description: 'What kind of record it is.' }),
    record: t.field({ type: 'JSON', required: true, description: 'The whole record, with record ids.' }),
    expectedRevision: t.int({
      required: true,
      description: 'The revision read (0 for a new record); a stale one is a CONFLICT userError.',
    }),
  }),
});
