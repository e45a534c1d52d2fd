import { builder } from '../builder.ts';
import { CitationInput } from './citation-input.ts';
import { FuzzyDateInput } from './fuzzy-date-input.ts';

export const RoleInput = builder.inputType('RoleInput', {
  description: 'A title a person held, as a source names it.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'The title, e.g. "Secretary of State".' }),
    organizationId: t.id({ description: 'The global id of the organization the title is in.' }),
    from: t.field({ type: FuzzyDateInput, description: 'When the person took the title, when known.' }),
    to: t.field({ type: FuzzyDateInput, description: 'When the person left it, when known.' }),
    citation: t.field({ type: CitationInput, description: 'Where the title is reported.' }),
  }),
});
