import { pgTable, text } from 'drizzle-orm/pg-core';
import { revisionColumn } from './columns.ts';

/** Subjects that summits, meetings and statements are about. */
export const topics = pgTable('topics', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  ...revisionColumn(),
  name: text('name').notNull(),
});
