import { NO_DATE, NO_ORDINAL } from '@parley/domain';
import { type SQL, sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import {
  daterange,
  dateSpanOf,
  editColumns,
  fuzzyDateChecks,
  optionalFuzzyDate,
  searchColumns,
  searchDocument,
  tsvector,
} from './columns.ts';
import { summitStatus } from './enums.ts';
import { organizations } from './organizations.ts';
import { citationList, participantList, topicList } from './owned-lists.ts';
import { people } from './people.ts';
import { places } from './places.ts';
import { sources } from './sources.ts';

// Written into the generated columns' SQL (not bound): the domain's places of an unknown date and ordinal.
const noDate = sql.raw(`'${NO_DATE}'::date`);

/** Summits; the generated `sort*` columns hold the keys lists order by (an unknown date or ordinal last). */
export const summits = pgTable(
  'summits',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    ...editColumns(),
    title: text('title').notNull(),
    titleKey: text('title_key').notNull(),
    ordinal: integer('ordinal'),
    status: summitStatus('status').notNull(),
    ...optionalFuzzyDate('date', 'date'),
    locationId: text('location_id').references(() => places.id),
    sortEarliest: date('sort_earliest', { mode: 'string' })
      .notNull()
      .generatedAlwaysAs((): SQL => sql`coalesce(${summits.dateEarliest}, ${noDate})`),
    sortLatest: date('sort_latest', { mode: 'string' })
      .notNull()
      .generatedAlwaysAs((): SQL => sql`coalesce(${summits.dateLatest}, ${noDate})`),
    sortOrdinal: bigint('sort_ordinal', { mode: 'number' })
      .notNull()
      .generatedAlwaysAs((): SQL => sql`coalesce(${summits.ordinal}, ${sql.raw(String(NO_ORDINAL))})`),
    ...searchColumns(),
    search: tsvector('search').generatedAlwaysAs((): SQL => searchDocument(summits)),
    dateSpan: daterange('date_span').generatedAlwaysAs((): SQL => dateSpanOf(summits)),
  },
  (t) => [
    index('summits_order_date_idx').on(t.sortEarliest, t.sortLatest, t.id),
    index('summits_order_ordinal_idx').on(t.sortOrdinal, t.id),
    index('summits_order_title_idx').on(t.titleKey, t.id),
    index('summits_status_idx').on(t.status),
    index('summits_search_idx').using('gin', t.search),
    index('summits_date_span_idx').using('gist', t.dateSpan),
    check('summits_ordinal_positive', sql`${t.ordinal} > 0`),
    ...fuzzyDateChecks(
      'summits_date',
      { edtf: t.dateEdtf, earliest: t.dateEarliest, latest: t.dateLatest, precision: t.datePrecision },
      true,
    ),
  ],
);

/** The history of a summit: what was announced or happened, in order. */
export const summitDevelopments = pgTable(
  'summit_developments',
  {
    summitId: text('summit_id')
      .notNull()
      .references(() => summits.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    sequence: integer('sequence').notNull(),
    ...optionalFuzzyDate('date', 'date'),
    status: summitStatus('status').notNull(),
    description: text('description').notNull(),
    citationSourceId: text('citation_source_id')
      .notNull()
      .references(() => sources.id),
    citationExcerpt: text('citation_excerpt').notNull(),
    ...optionalFuzzyDate('summitDate', 'summit_date'),
    locationId: text('location_id').references(() => places.id),
  },
  (t) => [
    primaryKey({ columns: [t.summitId, t.position] }),
    check('summit_developments_sequence_nonnegative', sql`${t.sequence} >= 0`),
    ...fuzzyDateChecks(
      'summit_developments_summit_date',
      {
        edtf: t.summitDateEdtf,
        earliest: t.summitDateEarliest,
        latest: t.summitDateLatest,
        precision: t.summitDatePrecision,
      },
      true,
    ),
    ...fuzzyDateChecks(
      'summit_developments_date',
      { edtf: t.dateEdtf, earliest: t.dateEarliest, latest: t.dateLatest, precision: t.datePrecision },
      true,
    ),
  ],
);

/** Places reported as possible venues of a summit, with who reported them. */
export const candidateLocations = pgTable(
  'candidate_locations',
  {
    summitId: text('summit_id')
      .notNull()
      .references(() => summits.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    placeId: text('place_id')
      .notNull()
      .references(() => places.id),
    reportedById: text('reported_by_id').references(() => people.id),
    reportedByOrganizationId: text('reported_by_organization_id'),
    citationSourceId: text('citation_source_id')
      .notNull()
      .references(() => sources.id),
    citationExcerpt: text('citation_excerpt').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.summitId, t.position] }),
    index('candidate_locations_place_idx').on(t.placeId),
    // Named here: the generated name passes PostgreSQL's 63 characters and would be cut (a drift).
    foreignKey({
      name: 'candidate_locations_reported_by_organization_fk',
      columns: [t.reportedByOrganizationId],
      foreignColumns: [organizations.id],
    }),
  ],
);

export const summitParticipants = participantList('summit', () => summits.id);
export const summitTopics = topicList('summit', () => summits.id);
export const summitCitations = citationList('summit', () => summits.id);
