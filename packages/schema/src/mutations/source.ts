import { SourceKindEnum } from '../enums/source-kind.ts';
import { SourceRef } from '../refs.ts';
import { recordMutations } from './record-mutations.ts';

recordMutations({
  type: 'source',
  ref: SourceRef,
  noun: 'a source, with the article’s full text when it may be kept',
  update: false,
  fields: (t, create) => ({
    title: t.string({ required: create, description: 'The headline or title.' }),
    outlet: t.string({ required: create, description: 'Who published it, e.g. "CBS News".' }),
    publishedAt: t.field({ type: 'Date', required: create, description: 'The day it was published.' }),
    kind: t.field({
      type: SourceKindEnum,
      description: 'What sort of source it is (ARTICLE when left out).',
    }),
    author: t.string({ description: 'Who wrote it, when named.' }),
    url: t.string({ description: 'Where it is published; leave it out when unknown, never invent one.' }),
    language: t.string({ description: 'Its language, two letters (`en` when left out).' }),
    text: t.string({
      description: 'The full text, verbatim: excerpts and quotes citing the source must then occur in it.',
    }),
  }),
});
