import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, doublePrecision, index, pgTable, text } from 'drizzle-orm/pg-core';
import { editColumns } from './columns.ts';
import { placeKind } from './enums.ts';

/** Places, from countries down to rooms; `within` links them into a hierarchy. */
export const places = pgTable(
  'places',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    ...editColumns(),
    name: text('name').notNull(),
    aliases: text('aliases').array().notNull(),
    kind: placeKind('kind').notNull(),
    withinId: text('within_id').references((): AnyPgColumn => places.id),
    // WGS 84 degrees; both null while the place's spot is unknown.
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
  },
  (t) => [
    index('places_within_idx').on(t.withinId),
    check('places_coordinates_whole', sql`(${t.latitude} is null) = (${t.longitude} is null)`),
  ],
);
