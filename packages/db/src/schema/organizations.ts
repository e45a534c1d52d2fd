import { type AnyPgColumn, index, pgTable, text } from 'drizzle-orm/pg-core';
import { editColumns } from './columns.ts';
import { organizationKind } from './enums.ts';
import { places } from './places.ts';

/** Governments, agencies, offices, parties and news outlets. */
export const organizations = pgTable(
  'organizations',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    ...editColumns(),
    name: text('name').notNull(),
    aliases: text('aliases').array().notNull(),
    kind: organizationKind('kind').notNull(),
    countryId: text('country_id').references(() => places.id),
    parentId: text('parent_id').references((): AnyPgColumn => organizations.id),
  },
  (t) => [index('organizations_parent_idx').on(t.parentId)],
);
