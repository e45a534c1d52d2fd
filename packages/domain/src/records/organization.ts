import { z } from 'zod';
import { Aliases, Id, nullable, RetractionReason, Slug, Text } from './common.ts';
import { OrganizationKind } from './enums.ts';

/** A government, agency, office, party or news outlet. */
export const OrganizationSchema = z.object({
  id: Id,
  slug: Slug,
  retractionReason: RetractionReason,
  name: Text,
  aliases: Aliases,
  kind: OrganizationKind,
  countryId: nullable(Id),
  parentId: nullable(Id),
});
export type Organization = z.infer<typeof OrganizationSchema>;
