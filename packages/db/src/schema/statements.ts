import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import {
  daterange,
  dateSpanOf,
  editColumns,
  fuzzyDateChecks,
  requiredFuzzyDate,
  searchColumns,
  searchDocument,
  tsvector,
} from './columns.ts';
import { relationType, statementKind } from './enums.ts';
import { meetings } from './meetings.ts';
import { organizations } from './organizations.ts';
import { citationList, topicList } from './owned-lists.ts';
import { people } from './people.ts';
import { places } from './places.ts';
import { sources } from './sources.ts';
import { summits } from './summits.ts';

/** Who said what, when, where, and what about. */
export const statements = pgTable(
  'statements',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    ...editColumns(),
    kind: statementKind('kind').notNull(),
    quote: text('quote'),
    paraphrase: text('paraphrase'),
    speakerId: text('speaker_id').references(() => people.id),
    organizationId: text('organization_id').references(() => organizations.id),
    ...requiredFuzzyDate('date', 'date'),
    venueId: text('venue_id').references(() => places.id),
    summitId: text('summit_id').references(() => summits.id),
    meetingId: text('meeting_id').references(() => meetings.id),
    ...searchColumns(),
    search: tsvector('search').generatedAlwaysAs((): SQL => searchDocument(statements)),
    dateSpan: daterange('date_span').generatedAlwaysAs((): SQL => dateSpanOf(statements)),
  },
  (t) => [
    index('statements_order_date_idx').on(t.dateEarliest, t.dateLatest, t.id),
    index('statements_speaker_idx').on(t.speakerId),
    index('statements_organization_idx').on(t.organizationId),
    index('statements_summit_idx').on(t.summitId),
    index('statements_meeting_idx').on(t.meetingId),
    index('statements_search_idx').using('gin', t.search),
    index('statements_date_span_idx').using('gist', t.dateSpan),
    check('statements_says_something', sql`num_nonnulls(${t.quote}, ${t.paraphrase}) > 0`),
    check('statements_has_author', sql`num_nonnulls(${t.speakerId}, ${t.organizationId}) > 0`),
    ...fuzzyDateChecks(
      'statements_date',
      { edtf: t.dateEdtf, earliest: t.dateEarliest, latest: t.dateLatest, precision: t.datePrecision },
      false,
    ),
  ],
);

/** How one statement bears on another, in the order the source statement lists them. */
export const statementRelations = pgTable(
  'statement_relations',
  {
    sourceId: text('source_id')
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    type: relationType('type').notNull(),
    targetId: text('target_id')
      .notNull()
      .references((): AnyPgColumn => statements.id),
    note: text('note'),
    citationSourceId: text('citation_source_id').references(() => sources.id),
    citationExcerpt: text('citation_excerpt'),
  },
  (t) => [
    primaryKey({ columns: [t.sourceId, t.position] }),
    index('statement_relations_target_idx').on(t.targetId),
    check(
      'statement_relations_citation_whole',
      sql`num_nulls(${t.citationSourceId}, ${t.citationExcerpt}) in (0, 2)`,
    ),
  ],
);

export const statementTopics = topicList('statement', () => statements.id);
export const statementCitations = citationList('statement', () => statements.id);
