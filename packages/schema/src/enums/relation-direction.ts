import type { StatementRelationEdge } from '@parley/domain';
import { builder } from '../builder.ts';

export const RelationDirectionEnum = builder.enumType('RelationDirection', {
  description: 'Which end of a relation the statement you asked about is.',
  values: {
    OUTGOING: { description: 'The statement asked about is the source: it bears on the other one.' },
    INCOMING: { description: 'The statement asked about is the target: the other one bears on it.' },
  } satisfies Record<StatementRelationEdge['direction'], { description: string }>,
});
