import { z } from 'zod';
import { CitationSchema, Citations } from './citation.ts';
import { Id, nullable, RetractionReason, Slug, Text } from './common.ts';
import { SummitStatus } from './enums.ts';
import { FuzzyDateSchema } from './fuzzy-date.ts';
import { ParticipantSchema } from './participant.ts';

/** A place reported as a possible venue, with who reported it. */
export const CandidateLocationSchema = z.object({
  placeId: Id,
  reportedById: nullable(Id),
  reportedByOrganizationId: nullable(Id),
  citation: CitationSchema,
});
export type CandidateLocation = z.infer<typeof CandidateLocationSchema>;

/** One step in a summit's history: what was announced or happened, when, and the status it led to. */
export const SummitDevelopmentSchema = z.object({
  sequence: z.number().int().nonnegative(),
  date: nullable(FuzzyDateSchema),
  status: SummitStatus,
  description: Text,
  citation: CitationSchema,
  /** The summit's date as this development reported it; null when it left the date as it was. */
  summitDate: nullable(FuzzyDateSchema),
  /** The venue this development reported; null when it named none. */
  locationId: nullable(Id),
});
export type SummitDevelopment = z.infer<typeof SummitDevelopmentSchema>;

/** A meeting of leaders; its date and location stay null while unknown. */
export const SummitSchema = z.object({
  id: Id,
  slug: Slug,
  retractionReason: RetractionReason,
  title: Text,
  ordinal: nullable(z.number().int().positive()),
  status: SummitStatus,
  date: nullable(FuzzyDateSchema),
  locationId: nullable(Id),
  candidateLocations: z.array(CandidateLocationSchema).default([]),
  participants: z.array(ParticipantSchema).default([]),
  developments: z.array(SummitDevelopmentSchema).default([]),
  topicIds: z.array(Id).default([]),
  citations: Citations,
});
export type Summit = z.infer<typeof SummitSchema>;
