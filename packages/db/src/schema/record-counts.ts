import { integer, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * How many summits, meetings, statements and people a list shows by default (neither retracted nor merged),
 * kept by triggers on their tables (migration 0007): an unfiltered list's `totalCount` is then one row, not a
 * scan of them all.
 */
export const recordCounts = pgTable('record_counts', {
  type: text('type').primaryKey(),
  listed: integer('listed').notNull(),
});
