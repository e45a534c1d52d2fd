import { builder } from '../builder.ts';

export const CitationInput = builder.inputType('CitationInput', {
  description: 'A source and the words in it that support a fact.',
  fields: (t) => ({
    sourceId: t.id({ required: true, description: 'The global id of the source.' }),
    excerpt: t.string({
      required: true,
      description: 'The supporting words, verbatim: when the source’s text is stored they must occur in it.',
    }),
  }),
});
