import { pgTable, text } from 'drizzle-orm/pg-core';
import { editColumns } from './columns.ts';

/** Subjects that summits, meetings and statements are about. */
export const topics = pgTable('topics', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  ...editColumns(),
  name: text('name').notNull(),
});
