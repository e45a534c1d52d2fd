import { builder } from '../builder.ts';
import { RelationTypeEnum } from '../enums/relation-type.ts';
import { CitationInput } from './citation-input.ts';

export const StatementRelationInput = builder.inputType('StatementRelationInput', {
  description: 'How a statement bears on another one.',
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, required: true, description: 'The kind of relation.' }),
    targetId: t.id({ required: true, description: 'The global id of the other statement.' }),
    note: t.string({ description: 'A note on the relation.' }),
    citation: t.field({ type: CitationInput, description: 'Where the relation is reported.' }),
  }),
});
