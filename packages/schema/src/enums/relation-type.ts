import type { RelationType } from '@parley/domain';
import { builder } from '../builder.ts';

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'How one statement bears on another.',
  values: {
    CONTRADICTS: { description: 'The source statement contradicts the target.' },
    SUPPORTS: { description: 'The source statement supports the target.' },
    UPDATES: { description: 'The source statement updates the target with newer information.' },
    RESPONDS_TO: { description: 'The source statement answers the target.' },
  } satisfies Record<RelationType, { description: string }>,
});
