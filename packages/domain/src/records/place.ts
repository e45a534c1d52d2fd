import { z } from 'zod';
import { Aliases, Id, nullable, RetractionReason, Slug, Text } from './common.ts';
import { PlaceKind } from './enums.ts';

/** A place; countries are places of kind COUNTRY so a candidate location can be a country or a city. */
export const PlaceSchema = z.object({
  id: Id,
  slug: Slug,
  retractionReason: RetractionReason,
  name: Text,
  aliases: Aliases,
  kind: PlaceKind,
  withinId: nullable(Id),
});
export type Place = z.infer<typeof PlaceSchema>;
