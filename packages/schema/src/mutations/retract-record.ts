import { builder } from '../builder.ts';
import { brandRecord } from './brand-record.ts';
import { defineMutation } from './define-mutation.ts';
import { editFields } from './edit-fields.ts';

defineMutation({
  name: 'retractRecord',
  description:
    'Retracts a record (admins): it is never deleted, only left out of lists and search, and answers by id with the reason. `revertRecord` undoes it.',
  role: 'admin',
  inputDescription: 'The record to retract, the revision read, and why.',
  payloadField: 'record',
  payloadType: builder.nodeInterfaceRef(),
  payloadDescription: 'The record as retracted.',
  fields: (t) => {
    const { id, expectedRevision } = editFields(t, 'record');
    return {
      id,
      expectedRevision,
      reason: t.string({
        required: true,
        description: 'Why it is retracted, shown to readers with the record.',
      }),
    };
  },
  edit: async (editor, actor, input) => {
    const result = await editor.retractRecord(actor, input);
    if (result.record) brandRecord(result.record);
    return result;
  },
});
