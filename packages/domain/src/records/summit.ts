import { z } from 'zod';
import { CitationSchema, Citations } from './citation.ts';
import { Id, Slug, Text } from './common.ts';
import { SummitStatus } from './enums.ts';
import { FuzzyDateSchema } from './fuzzy-date.ts';
import { ParticipantSchema } from './participant.ts';

/** A place reported as a possible venue, with who reported it. */
export const CandidateLocationSchema = z.object({
  placeId: Id,
  reportedById: Id.nullable(),
  reportedByOrganizationId: Id.nullable(),
  citation: CitationSchema,
});
export type CandidateLocation = z.infer<typeof CandidateLocationSchema>;

/** One step in a summit's history: what was announced or happened, when, and the status it led to. */
export const SummitDevelopmentSchema = z.object({
  sequence: z.number().int().nonnegative(),
  date: FuzzyDateSchema.nullable(),
  status: SummitStatus,
  description: Text,
  citation: CitationSchema,
});
export type SummitDevelopment = z.infer<typeof SummitDevelopmentSchema>;

/** A meeting of leaders; its date and location stay null while unknown. */
export const SummitSchema = z.object({
  id: Id,
  slug: Slug,
  title: Text,
  ordinal: z.number().int().positive().nullable(),
  status: SummitStatus,
  date: FuzzyDateSchema.nullable(),
  locationId: Id.nullable(),
  candidateLocations: z.array(CandidateLocationSchema).default([]),
  participants: z.array(ParticipantSchema).default([]),
  developments: z.array(SummitDevelopmentSchema).default([]),
  topicIds: z.array(Id).default([]),
  citations: Citations,
});
export type Summit = z.infer<typeof SummitSchema>;
