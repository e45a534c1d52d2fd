import type { RecordOf, RecordType } from '@parley/domain';
import { type SQL, sql } from 'drizzle-orm';
import { type PgColumn, PgDialect, type PgTable } from 'drizzle-orm/pg-core';
import * as t from '../schema/index.ts';

type Value = SQL | PgColumn;

/** `json_build_object` over the fields, in order: the keys are the domain's field names. */
const object = (fields: Record<string, Value>) =>
  sql`json_build_object(${sql.join(
    Object.entries(fields).map(([key, value]) => sql`${sql.raw(`'${key}'`)}, ${value}`),
    sql`, `,
  )})`;

/** The FuzzyDate held in the five columns behind a prefix (e.g. `date`), null when they are. */
function fuzzyDate(row: object, prefix: string): SQL {
  const part = (name: string) => (row as Record<string, PgColumn>)[`${prefix}${name}`] as PgColumn;
  const date = object({
    text: part('Text'),
    edtf: part('Edtf'),
    earliest: part('Earliest'),
    latest: part('Latest'),
    precision: part('Precision'),
  });
  return sql`case when ${part('Edtf')} is null then null else ${date} end`;
}

const citation = (sourceId: PgColumn, excerpt: PgColumn) => object({ sourceId, excerpt });
/** A citation that may be absent (both columns null). */
const maybeCitation = (sourceId: PgColumn, excerpt: PgColumn) =>
  sql`case when ${sourceId} is null then null else ${citation(sourceId, excerpt)} end`;

/** The rows a record owns in a list table, in their order, each as `element` makes it. */
const list = (table: PgTable & { position: PgColumn }, owner: PgColumn, ownerId: PgColumn, element: Value) =>
  sql`(select coalesce(json_agg(${element} order by ${table.position}), '[]'::json) from ${table} where ${owner} = ${ownerId})`;

type Lists = typeof t.summitCitations | typeof t.meetingCitations | typeof t.statementCitations;
const citations = (table: Lists, ownerId: PgColumn) =>
  list(table, table.ownerId, ownerId, citation(table.sourceId, table.excerpt));
const topicIds = (
  table: typeof t.summitTopics | typeof t.meetingTopics | typeof t.statementTopics,
  ownerId: PgColumn,
) => list(table, table.ownerId, ownerId, table.topicId);
const participants = (table: typeof t.summitParticipants | typeof t.meetingParticipants, ownerId: PgColumn) =>
  list(table, table.ownerId, ownerId, object({ personId: table.personId, role: table.role }));

const dialect = new PgDialect();

/** SQL without parameters, rendered once: drizzle walks every chunk of a template each time it builds one. */
function rendered(query: SQL): SQL {
  const { sql: text, params } = dialect.sqlToQuery(query);
  if (params.length > 0) throw new Error('only SQL without parameters can be rendered once');
  return sql.raw(text);
}

/**
 * Each record type as one JSON value built from its table's row (the table named as itself), its owned lists
 * nested in order, in the shape of the domain's record. Editing marks come last: `decodeRecord` drops them
 * while unset.
 */
const built: Record<RecordType, SQL> = {
  source: object({
    id: t.sources.id,
    slug: t.sources.slug,
    kind: t.sources.kind,
    title: t.sources.title,
    outlet: t.sources.outlet,
    publishedAt: t.sources.publishedAt,
    author: t.sources.author,
    url: t.sources.url,
    language: t.sources.language,
    text: t.sources.text,
    retractionReason: t.sources.retractionReason,
  }),
  topic: object({
    id: t.topics.id,
    slug: t.topics.slug,
    name: t.topics.name,
    retractionReason: t.topics.retractionReason,
  }),
  place: object({
    id: t.places.id,
    slug: t.places.slug,
    name: t.places.name,
    aliases: t.places.aliases,
    kind: t.places.kind,
    withinId: t.places.withinId,
    coordinates: sql`case when ${t.places.latitude} is null then null else ${object({ latitude: t.places.latitude, longitude: t.places.longitude })} end`,
    retractionReason: t.places.retractionReason,
  }),
  organization: object({
    id: t.organizations.id,
    slug: t.organizations.slug,
    name: t.organizations.name,
    aliases: t.organizations.aliases,
    kind: t.organizations.kind,
    countryId: t.organizations.countryId,
    parentId: t.organizations.parentId,
    retractionReason: t.organizations.retractionReason,
  }),
  person: object({
    id: t.people.id,
    slug: t.people.slug,
    name: t.people.name,
    aliases: t.people.aliases,
    countryId: t.people.countryId,
    roles: list(
      t.roles,
      t.roles.personId,
      t.people.id,
      object({
        title: t.roles.title,
        organizationId: t.roles.organizationId,
        from: fuzzyDate(t.roles, 'from'),
        to: fuzzyDate(t.roles, 'to'),
        citation: maybeCitation(t.roles.citationSourceId, t.roles.citationExcerpt),
      }),
    ),
    retractionReason: t.people.retractionReason,
    mergedIntoId: t.people.mergedIntoId,
  }),
  summit: object({
    id: t.summits.id,
    slug: t.summits.slug,
    title: t.summits.title,
    ordinal: t.summits.ordinal,
    status: t.summits.status,
    date: fuzzyDate(t.summits, 'date'),
    locationId: t.summits.locationId,
    candidateLocations: list(
      t.candidateLocations,
      t.candidateLocations.summitId,
      t.summits.id,
      object({
        placeId: t.candidateLocations.placeId,
        reportedById: t.candidateLocations.reportedById,
        reportedByOrganizationId: t.candidateLocations.reportedByOrganizationId,
        citation: citation(t.candidateLocations.citationSourceId, t.candidateLocations.citationExcerpt),
      }),
    ),
    participants: participants(t.summitParticipants, t.summits.id),
    developments: list(
      t.summitDevelopments,
      t.summitDevelopments.summitId,
      t.summits.id,
      object({
        sequence: t.summitDevelopments.sequence,
        date: fuzzyDate(t.summitDevelopments, 'date'),
        status: t.summitDevelopments.status,
        description: t.summitDevelopments.description,
        citation: citation(t.summitDevelopments.citationSourceId, t.summitDevelopments.citationExcerpt),
        summitDate: fuzzyDate(t.summitDevelopments, 'summitDate'),
        locationId: t.summitDevelopments.locationId,
      }),
    ),
    topicIds: topicIds(t.summitTopics, t.summits.id),
    citations: citations(t.summitCitations, t.summits.id),
    retractionReason: t.summits.retractionReason,
  }),
  meeting: object({
    id: t.meetings.id,
    slug: t.meetings.slug,
    title: t.meetings.title,
    description: t.meetings.description,
    date: fuzzyDate(t.meetings, 'date'),
    durationMinutes: t.meetings.durationMinutes,
    locationId: t.meetings.locationId,
    participants: participants(t.meetingParticipants, t.meetings.id),
    topicIds: topicIds(t.meetingTopics, t.meetings.id),
    summitId: t.meetings.summitId,
    citations: citations(t.meetingCitations, t.meetings.id),
    retractionReason: t.meetings.retractionReason,
  }),
  statement: object({
    id: t.statements.id,
    slug: t.statements.slug,
    kind: t.statements.kind,
    quote: t.statements.quote,
    paraphrase: t.statements.paraphrase,
    speakerId: t.statements.speakerId,
    organizationId: t.statements.organizationId,
    date: fuzzyDate(t.statements, 'date'),
    venueId: t.statements.venueId,
    topicIds: topicIds(t.statementTopics, t.statements.id),
    summitId: t.statements.summitId,
    meetingId: t.statements.meetingId,
    relations: list(
      t.statementRelations,
      t.statementRelations.sourceId,
      t.statements.id,
      object({
        type: t.statementRelations.type,
        targetId: t.statementRelations.targetId,
        note: t.statementRelations.note,
        citation: maybeCitation(t.statementRelations.citationSourceId, t.statementRelations.citationExcerpt),
      }),
    ),
    citations: citations(t.statementCitations, t.statements.id),
    retractionReason: t.statements.retractionReason,
  }),
};

export const recordJson = Object.fromEntries(
  Object.entries(built).map(([type, json]) => [type, rendered(json)]),
) as Record<RecordType, SQL>;

/** A record's JSON as `recordJson` builds it. */
export type RecordJson = Record<string, unknown> & {
  retractionReason: string | null;
  mergedIntoId?: string | null;
};

/** The domain's record from its JSON: the editing marks are present only when set, as the domain has them. */
export function decodeRecord<T extends RecordType>(json: RecordJson): RecordOf<T> {
  const { retractionReason, mergedIntoId, ...record } = json;
  return {
    ...record,
    ...(retractionReason !== null && { retractionReason }),
    ...(mergedIntoId != null && { mergedIntoId }),
  } as RecordOf<T>;
}
