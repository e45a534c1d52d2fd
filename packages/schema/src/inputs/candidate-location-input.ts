import { builder } from '../builder.ts';
import { CitationInput } from './citation-input.ts';

export const CandidateLocationInput = builder.inputType('CandidateLocationInput', {
  description: 'A place reported as a possible venue of a summit.',
  fields: (t) => ({
    placeId: t.id({ required: true, description: 'The global id of the place.' }),
    reportedById: t.id({ description: 'The global id of the person who reported it.' }),
    reportedByOrganizationId: t.id({ description: 'The global id of the organization that reported it.' }),
    citation: t.field({ type: CitationInput, required: true, description: 'Where it is reported.' }),
  }),
});
