import { z } from 'zod';
import { CitationSchema } from './citation.ts';
import { Aliases, Id, nullable, RetractionReason, Slug, Text } from './common.ts';
import { FuzzyDateSchema } from './fuzzy-date.ts';

/** A title a person held, as a source names it, over the time the source allows. */
export const RoleSchema = z.object({
  title: Text,
  organizationId: nullable(Id),
  from: nullable(FuzzyDateSchema),
  to: nullable(FuzzyDateSchema),
  citation: nullable(CitationSchema),
});
export type Role = z.infer<typeof RoleSchema>;

/** A person under the name the world knows; a source's other spellings are aliases. */
export const PersonSchema = z.object({
  id: Id,
  slug: Slug,
  retractionReason: RetractionReason,
  name: Text,
  aliases: Aliases,
  countryId: nullable(Id),
  roles: z.array(RoleSchema).default([]),
  /** Set when an admin merged this person into another (a duplicate): its id and slug then resolve to that one. */
  mergedIntoId: Id.optional(),
});
export type Person = z.infer<typeof PersonSchema>;
