import { z } from 'zod';
import { CitationSchema, Citations } from './citation.ts';
import { Id, RetractionReason, Slug, Text } from './common.ts';
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
  /** The summit's date as this development reported it; null when it left the date as it was. */
  summitDate: FuzzyDateSchema.nullable().default(null),
  /** The venue this development reported; null when it named none. */
  locationId: Id.nullable().default(null),
});
export type SummitDevelopment = z.infer<typeof SummitDevelopmentSchema>;

/** A meeting of leaders; its date and location stay null while unknown. */
export const SummitSchema = z.object({
  id: Id,
  slug: Slug,
  retractionReason: RetractionReason,
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
