import {
  checkWindow,
  type DateWindow,
  type MeetingFilter,
  type PersonFilter,
  type StatementFilter,
  type SummitFilter,
  words,
} from '@parley/domain';
import { and, inArray, type SQL, sql, type Table } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import * as t from '../schema/index.ts';

/** An empty or missing list of wanted values does not filter. */
const wanted = <T>(values: readonly T[] | null | undefined): values is readonly T[] =>
  !!values && values.length > 0;

const oneOf = (column: PgColumn, values: readonly string[] | null | undefined) =>
  wanted(values) ? inArray(column, [...values]) : undefined;

/** True when the record owns a row of a list table (participants, topics, roles…) whose column is one of the values. */
const owns = (
  list: Table,
  ownerColumn: PgColumn,
  owner: PgColumn,
  column: PgColumn,
  values: readonly string[] | null | undefined,
) =>
  wanted(values)
    ? sql`exists (select 1 from ${list} where ${ownerColumn} = ${owner} and ${inArray(column, [...values])})`
    : undefined;

/** Overlap of a record's [earliest, latest] with the window, as `inWindow` in the domain decides it. */
const within = (earliest: PgColumn, latest: PgColumn, window: DateWindow) =>
  and(
    window.from != null ? sql`${latest} >= ${window.from}::date` : undefined,
    window.to != null ? sql`${earliest} <= ${window.to}::date` : undefined,
  );

/** A query for full-text search: the words as typed (websearch syntax) or as prefixes of longer words. */
export function textQuery(text: string): SQL {
  const prefixes = words(text)
    .map((w) => `${w}:*`)
    .join(' & ');
  return sql`(websearch_to_tsquery('english', ${text}) || to_tsquery('english', ${prefixes}))`;
}

export const summitFilter = (f: SummitFilter | null | undefined) =>
  and(
    wanted(f?.statuses) ? inArray(t.summits.status, [...f.statuses]) : undefined,
    owns(
      t.summitParticipants,
      t.summitParticipants.ownerId,
      t.summits.id,
      t.summitParticipants.personId,
      f?.participantIds,
    ),
  );

export function meetingFilter(f: MeetingFilter | null | undefined) {
  checkWindow(f ?? {});
  return and(
    within(t.meetings.dateEarliest, t.meetings.dateLatest, f ?? {}),
    owns(
      t.meetingParticipants,
      t.meetingParticipants.ownerId,
      t.meetings.id,
      t.meetingParticipants.personId,
      f?.participantIds,
    ),
    oneOf(t.meetings.summitId, f?.summitIds),
    owns(t.meetingTopics, t.meetingTopics.ownerId, t.meetings.id, t.meetingTopics.topicId, f?.topicIds),
  );
}

export function statementFilter(f: StatementFilter | null | undefined) {
  checkWindow(f ?? {});
  const text = f?.text?.trim();
  return and(
    within(t.statements.dateEarliest, t.statements.dateLatest, f ?? {}),
    oneOf(t.statements.speakerId, f?.speakerIds),
    oneOf(t.statements.organizationId, f?.organizationIds),
    owns(
      t.statementTopics,
      t.statementTopics.ownerId,
      t.statements.id,
      t.statementTopics.topicId,
      f?.topicIds,
    ),
    wanted(f?.kinds) ? inArray(t.statements.kind, [...f.kinds]) : undefined,
    oneOf(t.statements.summitId, f?.summitIds),
    oneOf(t.statements.meetingId, f?.meetingIds),
    text ? sql`${t.statements.search} @@ ${textQuery(text)}` : undefined,
  );
}

export function personFilter(f: PersonFilter | null | undefined) {
  const name = f?.name?.trim().toLowerCase();
  return and(
    name
      ? sql`exists (select 1 from unnest(array_prepend(${t.people.name}, ${t.people.aliases})) as n where strpos(lower(n), ${name}) > 0)`
      : undefined,
    owns(t.roles, t.roles.personId, t.people.id, t.roles.organizationId, f?.organizationIds),
  );
}
