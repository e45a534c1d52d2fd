import { builder } from '../builder.ts';
import { brandRecord } from './brand-record.ts';
import { defineMutation } from './define-mutation.ts';
import { editFields } from './edit-fields.ts';

defineMutation({
  name: 'revertRecord',
  description: 'Writes an earlier revision of a record again, as a new revision (editors): nothing is lost.',
  inputDescription: 'The record and the earlier revision to restore.',
  payloadField: 'record',
  payloadType: builder.nodeInterfaceRef(),
  payloadDescription: 'The record as written.',
  fields: (t) => ({
    ...editFields(t, 'record'),
    revision: t.int({ required: true, description: 'The earlier revision whose record to restore.' }),
  }),
  edit: async (editor, actor, input) => {
    const result = await editor.revertRecord(actor, input);
    if (result.record) brandRecord(result.record);
    return result;
  },
});
