import { builder } from '../builder.ts';
import { brandRecord } from './brand-record.ts';
import { defineMutation } from './define-mutation.ts';
import { editFields } from './edit-fields.ts';

defineMutation({
  name: 'revertRecord',
  // Admins only: a revert can undo a retraction or a merge, which only admins may make.
  description: 'Writes an earlier revision of a record again, as a new revision (admins): nothing is lost.',
  role: 'admin',
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
