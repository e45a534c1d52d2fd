import { date, pgTable, text } from 'drizzle-orm/pg-core';
import { editColumns } from './columns.ts';
import { sourceKind } from './enums.ts';

/** Articles and documents that Parley cites. */
export const sources = pgTable('sources', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  ...editColumns(),
  kind: sourceKind('kind').notNull(),
  title: text('title').notNull(),
  outlet: text('outlet').notNull(),
  publishedAt: date('published_at', { mode: 'string' }).notNull(),
  author: text('author'),
  url: text('url'),
  language: text('language').notNull(),
  text: text('text'),
});
