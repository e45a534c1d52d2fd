import type { SummitOrderField } from '@parley/domain';
import { builder } from '../builder.ts';

export const SummitOrderFieldEnum = builder.enumType('SummitOrderField', {
  description: 'What to sort summits by.',
  values: {
    DATE: { description: 'By date: earliest possible day, then latest; undated summits last.' },
    ORDINAL: { description: 'By ordinal (1st, 2nd…); summits without one last.' },
    TITLE: { description: 'By title, alphabetically.' },
  } satisfies Record<SummitOrderField, { description: string }>,
});
