import { type AnyPgColumn, index, pgTable, text } from 'drizzle-orm/pg-core';
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
  },
  (t) => [index('places_within_idx').on(t.withinId)],
);
