import type { PersonOrderField } from '@parley/domain';
import { builder } from '../builder.ts';

export const PersonOrderFieldEnum = builder.enumType('PersonOrderField', {
  description: 'What to sort people by.',
  values: {
    NAME: { description: 'By name, alphabetically.' },
  } satisfies Record<PersonOrderField, { description: string }>,
});
