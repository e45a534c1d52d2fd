import { brandWithType } from '@pothos/core';
import { builder } from '../builder.ts';
import { typenameOf } from '../global-id.ts';
import { recordTypeOf } from '../record-of-id.ts';
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
    // `Node` finds a record's type by its brand: the loaders brand what they load, this one is branded here.
    if (result.record) brandWithType(result.record, typenameOf(recordTypeOf(result.record)) as never);
    return result;
  },
});
