import { builder } from '../builder.ts';
import { ProposedRecordInput } from '../inputs/proposed-record-input.ts';
import { brandRecord } from './brand-record.ts';
import { defineMutation } from './define-mutation.ts';

defineMutation({
  name: 'applyProposal',
  description:
    'Writes the records an editor accepted from a proposal (editors), as proposed or corrected, all or none in one commit: each a revision in its history, the source stored with its text so every excerpt is checked against it.',
  globalIds: false,
  inputDescription: 'The accepted records, the source among them, and why.',
  payloadField: 'records',
  payloadType: [builder.nodeInterfaceRef()],
  payloadDescription: 'The records as written.',
  fields: (t) => ({
    records: t.field({ type: [ProposedRecordInput], required: true, description: 'The records to write.' }),
    reason: t.string({ description: 'Why, kept with each revision (e.g. the article’s title).' }),
  }),
  edit: async (editor, actor, input) => {
    const result = await editor.applyRecords(actor, input);
    for (const record of result.record ?? []) brandRecord(record);
    return result;
  },
});
