import { z } from 'zod';
import { Aliases, Id, nullable, RetractionReason, Slug, Text } from './common.ts';
import { PlaceKind } from './enums.ts';

/**
 * Where a place is, in WGS 84 degrees: a building's own spot, a city's centre, a country's representative
 * point (inside it, for a map's marker).
 */
export const CoordinatesSchema = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});
export type Coordinates = z.infer<typeof CoordinatesSchema>;

/** A place; countries are places of kind COUNTRY so a candidate location can be a country or a city. */
export const PlaceSchema = z.object({
  id: Id,
  slug: Slug,
  retractionReason: RetractionReason,
  name: Text,
  aliases: Aliases,
  kind: PlaceKind,
  withinId: nullable(Id),
  /** Null while unknown (e.g. "a hotel in Northwest D.C."): a map then shows the enclosing place's. */
  coordinates: nullable(CoordinatesSchema),
});
export type Place = z.infer<typeof PlaceSchema>;
