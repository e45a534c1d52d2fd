import { pgTable, text } from 'drizzle-orm/pg-core';

/** Subjects that summits, meetings and statements are about. */
export const topics = pgTable('topics', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
});
