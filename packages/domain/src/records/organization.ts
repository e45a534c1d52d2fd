import { z } from 'zod';
import { Aliases, Id, RetractionReason, Slug, Text } from './common.ts';
import { OrganizationKind } from './enums.ts';

/** A government, agency, office, party or news outlet. */
export const OrganizationSchema = z.object({
  id: Id,
  slug: Slug,
  retractionReason: RetractionReason,
  name: Text,
  aliases: Aliases,
  kind: OrganizationKind,
  countryId: Id.nullable(),
  parentId: Id.nullable(),
});
export type Organization = z.infer<typeof OrganizationSchema>;
