import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import {
  editColumns,
  fuzzyDateChecks,
  optionalFuzzyDate,
  searchColumns,
  searchDocument,
  tsvector,
} from './columns.ts';
import { organizations } from './organizations.ts';
import { places } from './places.ts';
import { sources } from './sources.ts';

/** People under the name the world knows; `nameKey` is the lowercased name that lists sort by. */
export const people = pgTable(
  'people',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    ...editColumns(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    aliases: text('aliases').array().notNull(),
    countryId: text('country_id').references(() => places.id),
    mergedIntoId: text('merged_into_id').references((): AnyPgColumn => people.id),
    ...searchColumns(),
    search: tsvector('search').generatedAlwaysAs((): SQL => searchDocument(people)),
  },
  (t) => [
    index('people_order_name_idx').on(t.nameKey, t.id),
    index('people_search_idx').using('gin', t.search),
  ],
);

/**
 * A person's name and each alias, one row each (derived from the person on every write), so that a trigram
 * index finds misspelled names ("Pompeio") with `%` instead of computing similarity for every person.
 */
export const personNames = pgTable(
  'person_names',
  {
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.position] }),
    index('person_names_trigram_idx').using('gin', t.name.op('gin_trgm_ops')),
  ],
);

/** Titles a person held, in the order the record lists them. */
export const roles = pgTable(
  'roles',
  {
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    organizationId: text('organization_id').references(() => organizations.id),
    ...optionalFuzzyDate('from', 'from'),
    ...optionalFuzzyDate('to', 'to'),
    citationSourceId: text('citation_source_id').references(() => sources.id),
    citationExcerpt: text('citation_excerpt'),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.position] }),
    index('roles_organization_idx').on(t.organizationId),
    ...fuzzyDateChecks(
      'roles_from',
      { edtf: t.fromEdtf, earliest: t.fromEarliest, latest: t.fromLatest, precision: t.fromPrecision },
      true,
    ),
    ...fuzzyDateChecks(
      'roles_to',
      { edtf: t.toEdtf, earliest: t.toEarliest, latest: t.toLatest, precision: t.toPrecision },
      true,
    ),
    check('roles_citation_whole', sql`num_nulls(${t.citationSourceId}, ${t.citationExcerpt}) in (0, 2)`),
  ],
);
