import type { StatementOrderField } from '@parley/domain';
import { builder } from '../builder.ts';

export const StatementOrderFieldEnum = builder.enumType('StatementOrderField', {
  description: 'What to sort statements by.',
  values: {
    DATE: { description: 'By date: earliest possible day, then latest possible day.' },
    SLUG: { description: 'By slug, alphabetically.' },
  } satisfies Record<StatementOrderField, { description: string }>,
});
