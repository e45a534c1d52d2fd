import { type RecordOf, type RecordType, textKey } from '@parley/domain';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import * as t from '../schema/index.ts';
import { fuzzyDateColumns } from './fuzzy-date.ts';

/** A list a record owns: its table, the column naming the owner, and the rows one record gives it. */
export interface OwnedRows<R> {
  table: PgTable;
  owner: PgColumn;
  rows: (record: R) => Record<string, unknown>[];
}

/** How a record type is written: its table, its row, and the lists it owns. */
export interface RecordWriter<T extends RecordType> {
  table: PgTable & { id: PgColumn; revision: PgColumn };
  row: (record: RecordOf<T>) => Record<string, unknown>;
  owned: OwnedRows<RecordOf<T>>[];
  /** The column that points at a record of the same type, written parents first. */
  parent?: (record: RecordOf<T>) => string | null;
}

const citation = (c: { sourceId: string; excerpt: string } | null) => ({
  citationSourceId: c?.sourceId ?? null,
  citationExcerpt: c?.excerpt ?? null,
});
const ordered = <I, R>(items: readonly I[], row: (item: I) => R) =>
  items.map((item, position) => ({ position, ...row(item) }));

const participants = (table: typeof t.summitParticipants | typeof t.meetingParticipants) => ({
  table,
  owner: table.ownerId,
  rows: (r: { id: string; participants: RecordOf<'meeting'>['participants'] }) =>
    ordered(r.participants, (p) => ({ ownerId: r.id, personId: p.personId, role: p.role })),
});
const topicLinks = (table: typeof t.summitTopics | typeof t.meetingTopics | typeof t.statementTopics) => ({
  table,
  owner: table.ownerId,
  rows: (r: { id: string; topicIds: string[] }) =>
    ordered(r.topicIds, (topicId) => ({ ownerId: r.id, topicId })),
});
const citations = (
  table: typeof t.summitCitations | typeof t.meetingCitations | typeof t.statementCitations,
) => ({
  table,
  owner: table.ownerId,
  rows: (r: { id: string; citations: RecordOf<'summit'>['citations'] }) =>
    ordered(r.citations, (c) => ({ ownerId: r.id, sourceId: c.sourceId, excerpt: c.excerpt })),
});

/** Every record type's writer, in the order the dataset loads them (referenced types first). */
export const writers: { [T in RecordType]: RecordWriter<T> } = {
  source: { table: t.sources, row: (r) => r, owned: [] },
  topic: { table: t.topics, row: (r) => r, owned: [] },
  place: {
    table: t.places,
    row: ({ coordinates, ...r }) => ({
      ...r,
      latitude: coordinates?.latitude ?? null,
      longitude: coordinates?.longitude ?? null,
    }),
    owned: [],
    parent: (r) => r.withinId,
  },
  organization: { table: t.organizations, row: (r) => r, owned: [], parent: (r) => r.parentId },
  person: {
    table: t.people,
    // A duplicate points at the person it was merged into: written after it.
    parent: (r) => r.mergedIntoId ?? null,
    row: ({ roles: _, ...r }) => ({ ...r, nameKey: textKey(r.name) }),
    owned: [
      {
        table: t.roles,
        owner: t.roles.personId,
        rows: (r) =>
          ordered(r.roles, (role) => ({
            personId: r.id,
            title: role.title,
            organizationId: role.organizationId,
            ...fuzzyDateColumns('from', role.from),
            ...fuzzyDateColumns('to', role.to),
            ...citation(role.citation),
          })),
      },
      {
        table: t.personNames,
        owner: t.personNames.personId,
        rows: (r) => ordered([r.name, ...r.aliases], (name) => ({ personId: r.id, name })),
      },
    ],
  },
  summit: {
    table: t.summits,
    row: ({
      candidateLocations: _c,
      participants: _p,
      developments: _d,
      topicIds: _t,
      citations: _x,
      date,
      ...r
    }) => ({
      ...r,
      titleKey: textKey(r.title),
      ...fuzzyDateColumns('date', date),
    }),
    owned: [
      {
        table: t.candidateLocations,
        owner: t.candidateLocations.summitId,
        rows: (r) =>
          ordered(r.candidateLocations, (c) => ({
            summitId: r.id,
            placeId: c.placeId,
            reportedById: c.reportedById,
            reportedByOrganizationId: c.reportedByOrganizationId,
            ...citation(c.citation),
          })),
      },
      {
        table: t.summitDevelopments,
        owner: t.summitDevelopments.summitId,
        rows: (r) =>
          ordered(r.developments, (d) => ({
            summitId: r.id,
            sequence: d.sequence,
            ...fuzzyDateColumns('date', d.date),
            status: d.status,
            description: d.description,
            ...citation(d.citation),
            ...fuzzyDateColumns('summitDate', d.summitDate),
            locationId: d.locationId,
          })),
      },
      participants(t.summitParticipants),
      topicLinks(t.summitTopics),
      citations(t.summitCitations),
    ],
  },
  meeting: {
    table: t.meetings,
    row: ({ participants: _p, topicIds: _t, citations: _c, date, ...r }) => ({
      ...r,
      titleKey: textKey(r.title),
      ...fuzzyDateColumns('date', date),
    }),
    owned: [participants(t.meetingParticipants), topicLinks(t.meetingTopics), citations(t.meetingCitations)],
  },
  statement: {
    table: t.statements,
    row: ({ topicIds: _t, relations: _r, citations: _c, date, ...r }) => ({
      ...r,
      ...fuzzyDateColumns('date', date),
    }),
    owned: [
      {
        table: t.statementRelations,
        owner: t.statementRelations.sourceId,
        rows: (r) =>
          ordered(r.relations, (rel) => ({
            sourceId: r.id,
            type: rel.type,
            targetId: rel.targetId,
            note: rel.note,
            ...citation(rel.citation),
          })),
      },
      topicLinks(t.statementTopics),
      citations(t.statementCitations),
    ],
  },
};
