import { type AnyPgColumn, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { participantRole } from './enums.ts';
import { people } from './people.ts';
import { sources } from './sources.ts';
import { topics } from './topics.ts';

// Lists that belong to one summit, meeting or statement: rows keyed by owner and position, deleted with it.
const owner = (name: string, ownerId: () => AnyPgColumn) => ({
  ownerId: text(`${name}_id`).notNull().references(ownerId, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
});

/** The citations of a record, in order. */
export const citationList = (name: string, ownerId: () => AnyPgColumn) =>
  pgTable(
    `${name}_citations`,
    {
      ...owner(name, ownerId),
      sourceId: text('source_id')
        .notNull()
        .references(() => sources.id),
      excerpt: text('excerpt').notNull(),
    },
    (t) => [
      primaryKey({ columns: [t.ownerId, t.position] }),
      index(`${name}_citations_source_idx`).on(t.sourceId),
    ],
  );

/** The topics of a record, in order. */
export const topicList = (name: string, ownerId: () => AnyPgColumn) =>
  pgTable(
    `${name}_topics`,
    {
      ...owner(name, ownerId),
      topicId: text('topic_id')
        .notNull()
        .references(() => topics.id),
    },
    (t) => [
      primaryKey({ columns: [t.ownerId, t.position] }),
      index(`${name}_topics_topic_idx`).on(t.topicId, t.ownerId),
    ],
  );

/** The participants of a summit or meeting, in order, with the part each played. */
export const participantList = (name: string, ownerId: () => AnyPgColumn) =>
  pgTable(
    `${name}_participants`,
    {
      ...owner(name, ownerId),
      personId: text('person_id')
        .notNull()
        .references(() => people.id),
      role: participantRole('role').notNull(),
    },
    (t) => [
      primaryKey({ columns: [t.ownerId, t.position] }),
      index(`${name}_participants_person_idx`).on(t.personId, t.ownerId),
    ],
  );
