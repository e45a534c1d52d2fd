import type { StatementRelationEdge } from '@parley/domain';
import { builder } from '../builder.ts';
import { RelationDirectionEnum } from '../enums/relation-direction.ts';
import { RelationTypeEnum } from '../enums/relation-type.ts';
import { StatementRef } from '../refs.ts';
import { CitationRef } from './citation.ts';

export const StatementRelationRef = builder.objectRef<StatementRelationEdge>('StatementRelation').implement({
  description: 'How one statement bears on another, seen from the statement you asked about.',
  fields: (t) => ({
    type: t.expose('type', { type: RelationTypeEnum, description: 'How the source bears on the target.' }),
    direction: t.expose('direction', {
      type: RelationDirectionEnum,
      description: 'Whether the statement asked about is the source (OUTGOING) or the target (INCOMING).',
    }),
    source: t.field({
      type: StatementRef,
      description: 'The statement that bears on the other.',
      resolve: (relation) => relation.sourceId,
    }),
    target: t.field({
      type: StatementRef,
      description: 'The statement borne on.',
      resolve: (relation) => relation.targetId,
    }),
    other: t.field({
      type: StatementRef,
      description: 'The statement at the other end from the one asked about.',
      resolve: (relation) => (relation.direction === 'OUTGOING' ? relation.targetId : relation.sourceId),
    }),
    note: t.exposeString('note', { nullable: true, description: 'A word on the relation; null when none.' }),
    citation: t.expose('citation', {
      type: CitationRef,
      nullable: true,
      description: 'Where the relation is stated; null when it follows from the statements themselves.',
    }),
  }),
});
