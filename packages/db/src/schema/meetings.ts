import { type SQL, sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
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
import { citationList, participantList, topicList } from './owned-lists.ts';
import { places } from './places.ts';
import { summits } from './summits.ts';

/** Meetings between people, each dated, possibly preparing a summit. */
export const meetings = pgTable(
  'meetings',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    ...editColumns(),
    title: text('title').notNull(),
    titleKey: text('title_key').notNull(),
    description: text('description'),
    ...requiredFuzzyDate('date', 'date'),
    durationMinutes: integer('duration_minutes'),
    locationId: text('location_id').references(() => places.id),
    summitId: text('summit_id').references(() => summits.id),
    ...searchColumns(),
    search: tsvector('search').generatedAlwaysAs((): SQL => searchDocument(meetings)),
    dateSpan: daterange('date_span').generatedAlwaysAs((): SQL => dateSpanOf(meetings)),
  },
  (t) => [
    index('meetings_order_date_idx').on(t.dateEarliest, t.dateLatest, t.id),
    index('meetings_order_title_idx').on(t.titleKey, t.id),
    index('meetings_summit_idx').on(t.summitId),
    index('meetings_search_idx').using('gin', t.search),
    index('meetings_date_span_idx').using('gist', t.dateSpan),
    check('meetings_duration_positive', sql`${t.durationMinutes} > 0`),
    ...fuzzyDateChecks(
      'meetings_date',
      { edtf: t.dateEdtf, earliest: t.dateEarliest, latest: t.dateLatest, precision: t.datePrecision },
      false,
    ),
  ],
);

export const meetingParticipants = participantList('meeting', () => meetings.id);
export const meetingTopics = topicList('meeting', () => meetings.id);
export const meetingCitations = citationList('meeting', () => meetings.id);
