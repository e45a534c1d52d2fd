import type { SourceKind } from '@parley/domain';
import { builder } from '../builder.ts';

export const SourceKindEnum = builder.enumType('SourceKind', {
  description: 'What sort of document a source is.',
  values: {
    ARTICLE: { description: 'A news article.' },
    PRESS_RELEASE: { description: 'A press release.' },
    TRANSCRIPT: { description: 'A transcript of spoken words.' },
    DOCUMENT: { description: 'Any other document.' },
    SYNTHETIC: { description: 'Generated data for tests and benchmarks, not a real source.' },
  } satisfies Record<SourceKind, { description: string }>,
});
