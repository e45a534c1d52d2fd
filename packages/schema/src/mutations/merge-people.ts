import { PersonRef } from '../refs.ts';
import { defineMutation } from './define-mutation.ts';

defineMutation({
  name: 'mergePeople',
  description:
    'Merges a duplicate person into another (admins), in one revision each: the duplicate’s names become aliases, every record that named the duplicate names the survivor, and the duplicate’s id and slug answer with the survivor.',
  role: 'admin',
  inputDescription: 'The person who stays and the duplicate merged into them.',
  payloadField: 'person',
  payloadType: PersonRef,
  payloadDescription: 'The surviving person as written.',
  fields: (t) => ({
    survivorId: t.id({ required: true, description: 'The global id of the person who stays.' }),
    duplicateId: t.id({ required: true, description: 'The global id of the duplicate to merge into them.' }),
    reason: t.string({ description: 'Why they are one person, kept with each revision.' }),
  }),
  edit: (editor, actor, input) => editor.mergePeople(actor, input),
});
