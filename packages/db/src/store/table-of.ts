import type { RecordType } from '@parley/domain';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import * as t from '../schema/index.ts';

/** The table behind each record type. */
export const tableOf = {
  source: t.sources,
  topic: t.topics,
  place: t.places,
  organization: t.organizations,
  person: t.people,
  summit: t.summits,
  meeting: t.meetings,
  statement: t.statements,
} as const satisfies Record<RecordType, PgTable & { id: PgColumn; slug: PgColumn; revision: PgColumn }>;
