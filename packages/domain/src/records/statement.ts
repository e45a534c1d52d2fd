import { z } from 'zod';
import { CitationSchema, Citations } from './citation.ts';
import { Id, nullable, RetractionReason, Slug, Text } from './common.ts';
import { RelationType, StatementKind } from './enums.ts';
import { FuzzyDateSchema } from './fuzzy-date.ts';

/** How this statement bears on another one. */
export const StatementRelationSchema = z.object({
  type: RelationType,
  targetId: Id,
  note: nullable(Text),
  citation: nullable(CitationSchema),
});
export type StatementRelation = z.infer<typeof StatementRelationSchema>;

/** Who said what: a verbatim quote where one was printed, a paraphrase where only that exists. */
export const StatementSchema = z
  .object({
    id: Id,
    slug: Slug,
    retractionReason: RetractionReason,
    kind: StatementKind,
    quote: nullable(Text),
    paraphrase: nullable(Text),
    speakerId: nullable(Id),
    organizationId: nullable(Id),
    date: FuzzyDateSchema,
    venueId: nullable(Id),
    topicIds: z.array(Id).default([]),
    summitId: nullable(Id),
    meetingId: nullable(Id),
    relations: z.array(StatementRelationSchema).default([]),
    citations: Citations,
  })
  .refine((s) => s.quote !== null || s.paraphrase !== null, {
    message: 'needs a quote or a paraphrase',
    path: ['quote'],
  })
  .refine((s) => s.speakerId !== null || s.organizationId !== null, {
    message: 'needs a speaker or an issuing organization',
    path: ['speakerId'],
  });
export type Statement = z.infer<typeof StatementSchema>;
