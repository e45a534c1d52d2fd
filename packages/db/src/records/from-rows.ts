import type { RecordOf, RecordType } from '@parley/domain';
import { asc, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';
import { readFuzzyDate } from './fuzzy-date.ts';

/** What a relational query may narrow: a condition, an order and a limit on the root table. */
export interface Query {
  where?: SQL;
  orderBy?: SQL[];
  limit?: number;
}

type Row = Record<string, unknown>;
const byPosition = { orderBy: (c: { position: AnyPgColumn }) => [asc(c.position)] };
// Columns of the storage, not of the record: its revision number and search texts.
const hidden = { revision: false } as const;
const hideSearch = { ...hidden, searchA: false, searchB: false, searchC: false, search: false } as const;
/** A record's editing marks, present only when set: the domain's records leave them out until then. */
function marked<R extends { retractionReason: string | null; mergedIntoId?: string | null }>(row: R) {
  const { retractionReason, mergedIntoId, ...rest } = row;
  return {
    ...rest,
    ...(retractionReason !== null && { retractionReason }),
    ...(mergedIntoId != null && { mergedIntoId }),
  };
}
const citationOf = (r: Row) =>
  r.citationSourceId === null
    ? null
    : { sourceId: r.citationSourceId as string, excerpt: r.citationExcerpt as string };
const citationsOf = (rows: Row[]) =>
  rows.map((c) => ({ sourceId: c.sourceId as string, excerpt: c.excerpt as string }));
const topicIdsOf = (rows: Row[]) => rows.map((t) => t.topicId as string);
const participantsOf = (rows: Row[]) =>
  rows.map((p) => ({
    personId: p.personId as string,
    role: p.role as RecordOf<'meeting'>['participants'][number]['role'],
  }));

/** Each record type read by one SQL statement (drizzle's relational query joins its lists) and mapped back. */
export const readers: { [T in RecordType]: (db: Db, query: Query) => Promise<RecordOf<T>[]> } = {
  source: async (db, q) => (await db.query.sources.findMany({ ...q, columns: hidden })).map(marked),
  topic: async (db, q) => (await db.query.topics.findMany({ ...q, columns: hidden })).map(marked),
  place: async (db, q) => (await db.query.places.findMany({ ...q, columns: hidden })).map(marked),
  organization: async (db, q) =>
    (await db.query.organizations.findMany({ ...q, columns: hidden })).map(marked),
  person: async (db, q) => {
    const rows = await db.query.people.findMany({
      ...q,
      columns: { ...hideSearch, nameKey: false },
      with: { roles: byPosition },
    });
    return rows.map(({ roles, ...p }) => ({
      ...marked(p),
      roles: roles.map((r) => ({
        title: r.title,
        organizationId: r.organizationId,
        from: readFuzzyDate(r, 'from'),
        to: readFuzzyDate(r, 'to'),
        citation: citationOf(r),
      })),
    }));
  },
  summit: async (db, q) => {
    const rows = await db.query.summits.findMany({
      ...q,
      columns: { ...hideSearch, titleKey: false, sortEarliest: false, sortLatest: false, sortOrdinal: false },
      with: {
        candidateLocations: byPosition,
        participants: byPosition,
        developments: byPosition,
        topics: byPosition,
        citations: byPosition,
      },
    });
    return rows.map((s) => ({
      id: s.id,
      slug: s.slug,
      ...marked({ retractionReason: s.retractionReason }),
      title: s.title,
      ordinal: s.ordinal,
      status: s.status,
      date: readFuzzyDate(s, 'date'),
      locationId: s.locationId,
      candidateLocations: s.candidateLocations.map((c) => ({
        placeId: c.placeId,
        reportedById: c.reportedById,
        reportedByOrganizationId: c.reportedByOrganizationId,
        citation: { sourceId: c.citationSourceId, excerpt: c.citationExcerpt },
      })),
      participants: participantsOf(s.participants),
      developments: s.developments.map((d) => ({
        sequence: d.sequence,
        date: readFuzzyDate(d, 'date'),
        status: d.status,
        description: d.description,
        citation: { sourceId: d.citationSourceId, excerpt: d.citationExcerpt },
        summitDate: readFuzzyDate(d, 'summitDate'),
        locationId: d.locationId,
      })),
      topicIds: topicIdsOf(s.topics),
      citations: citationsOf(s.citations),
    }));
  },
  meeting: async (db, q) => {
    const rows = await db.query.meetings.findMany({
      ...q,
      columns: { ...hideSearch, titleKey: false },
      with: { participants: byPosition, topics: byPosition, citations: byPosition },
    });
    return rows.map((m) => ({
      id: m.id,
      slug: m.slug,
      ...marked({ retractionReason: m.retractionReason }),
      title: m.title,
      description: m.description,
      date: readFuzzyDate(m, 'date') as RecordOf<'meeting'>['date'],
      durationMinutes: m.durationMinutes,
      locationId: m.locationId,
      participants: participantsOf(m.participants),
      topicIds: topicIdsOf(m.topics),
      summitId: m.summitId,
      citations: citationsOf(m.citations),
    }));
  },
  statement: async (db, q) => {
    const rows = await db.query.statements.findMany({
      ...q,
      columns: hideSearch,
      with: { relations: byPosition, topics: byPosition, citations: byPosition },
    });
    return rows.map((s) => ({
      id: s.id,
      slug: s.slug,
      ...marked({ retractionReason: s.retractionReason }),
      kind: s.kind,
      quote: s.quote,
      paraphrase: s.paraphrase,
      speakerId: s.speakerId,
      organizationId: s.organizationId,
      date: readFuzzyDate(s, 'date') as RecordOf<'statement'>['date'],
      venueId: s.venueId,
      topicIds: topicIdsOf(s.topics),
      summitId: s.summitId,
      meetingId: s.meetingId,
      relations: s.relations.map((r) => ({
        type: r.type,
        targetId: r.targetId,
        note: r.note,
        citation: citationOf(r),
      })),
      citations: citationsOf(s.citations),
    }));
  },
};
