import type { Citation } from '@parley/domain';
import { builder } from '../builder.ts';
import { SourceRef } from '../refs.ts';

export const CitationRef = builder.objectRef<Citation>('Citation').implement({
  description: 'Where a fact comes from: a source and the verbatim words in it that support the fact.',
  fields: (t) => ({
    source: t.field({
      type: SourceRef,
      description: 'The article or document cited.',
      resolve: (citation) => citation.sourceId,
    }),
    excerpt: t.exposeString('excerpt', { description: 'The words of the source that support the fact.' }),
  }),
});
