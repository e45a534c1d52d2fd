import { z } from 'zod';
import { Citations } from './citation.ts';
import { Id, nullable, RetractionReason, Slug, Text } from './common.ts';
import { FuzzyDateSchema } from './fuzzy-date.ts';
import { ParticipantSchema } from './participant.ts';

/** Who met whom, when, where and for how long, and the summit it prepared. */
export const MeetingSchema = z.object({
  id: Id,
  slug: Slug,
  retractionReason: RetractionReason,
  title: Text,
  description: nullable(Text),
  date: FuzzyDateSchema,
  durationMinutes: nullable(z.number().int().positive()),
  locationId: nullable(Id),
  participants: z.array(ParticipantSchema).min(2, 'a meeting needs at least two participants'),
  topicIds: z.array(Id).default([]),
  summitId: nullable(Id),
  citations: Citations,
});
export type Meeting = z.infer<typeof MeetingSchema>;
