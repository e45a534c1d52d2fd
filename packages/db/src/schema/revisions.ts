import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { recordType } from './enums.ts';

/**
 * Every change of every record, appended in the transaction that writes it: never updated or deleted. Records
 * keep their current number in their own `revision` column; this table keeps what each revision was.
 */
export const revisions = pgTable(
  'revisions',
  {
    recordId: text('record_id').notNull(),
    revision: integer('revision').notNull(),
    type: recordType('type').notNull(),
    actor: text('actor').notNull(),
    // To the millisecond, as the domain's ISO times: the audit log's order and cursors compare it exactly.
    at: timestamp('at', { withTimezone: true, precision: 3, mode: 'date' })
      .notNull()
      .default(sql`statement_timestamp()`),
    reason: text('reason'),
    before: jsonb('before'),
    after: jsonb('after').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.recordId, t.revision] }),
    index('revisions_order_idx').on(t.at, t.recordId, t.revision),
    index('revisions_actor_idx').on(t.actor, t.at, t.recordId, t.revision),
  ],
);
