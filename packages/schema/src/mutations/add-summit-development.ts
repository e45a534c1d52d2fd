import { SummitStatusEnum } from '../enums/summit-status.ts';
import { CitationInput } from '../inputs/citation-input.ts';
import { FuzzyDateInput } from '../inputs/fuzzy-date-input.ts';
import { SummitRef } from '../refs.ts';
import { defineMutation } from './define-mutation.ts';
import { editFields } from './edit-fields.ts';

defineMutation({
  name: 'addSummitDevelopment',
  description:
    'Records a step in a summit’s history (editors), citing its source, and sets the summit’s status — and date and place, when given — in the same revision.',
  inputDescription: 'A development of a summit and what it makes of the summit.',
  payloadField: 'summit',
  payloadType: SummitRef,
  payloadDescription: 'The summit as written, with the development last.',
  fields: (t) => ({
    ...editFields(t, 'summit'),
    status: t.field({
      type: SummitStatusEnum,
      required: true,
      description: 'The summit’s status from now on.',
    }),
    description: t.string({ required: true, description: 'What was announced or happened.' }),
    citation: t.field({ type: CitationInput, required: true, description: 'Where it is reported.' }),
    date: t.field({
      type: FuzzyDateInput,
      description: 'When the development happened, when the source says.',
    }),
    summitDate: t.field({
      type: FuzzyDateInput,
      description: 'The summit’s date as this development gives it.',
    }),
    locationId: t.id({
      description: 'The global id of the place the summit is held at, as this development gives it.',
    }),
  }),
  edit: (editor, actor, input) => editor.addSummitDevelopment(actor, input),
});
