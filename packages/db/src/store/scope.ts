import {
  checkScope,
  citedSourceIds,
  type DatedType,
  isDated,
  type ReadScope,
  type RecordOf,
  type RecordType,
  recordAsOf,
} from '@parley/domain';
import { and, getTableName, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';
import * as t from '../schema/index.ts';
import { tableOf } from './table-of.ts';

/** Where each dated type's rows name the sources that cite a record: table, owner column, source column. */
const citingColumns: Record<DatedType, [PgTable, PgColumn, PgColumn][]> = {
  summit: [
    [t.summitCitations, t.summitCitations.ownerId, t.summitCitations.sourceId],
    [t.summitDevelopments, t.summitDevelopments.summitId, t.summitDevelopments.citationSourceId],
    [t.candidateLocations, t.candidateLocations.summitId, t.candidateLocations.citationSourceId],
  ],
  meeting: [[t.meetingCitations, t.meetingCitations.ownerId, t.meetingCitations.sourceId]],
  statement: [[t.statementCitations, t.statementCitations.ownerId, t.statementCitations.sourceId]],
};

/** A column of the record's row: by its table's name, or by `alias` in a query that names the table so. */
const columnOf = (column: PgColumn, alias?: string) =>
  alias ? sql`${sql.identifier(alias)}.${sql.identifier(column.name)}` : sql`${column}`;

/**
 * What a read's scope hides, as a condition on a record table's row: a retracted record unless asked for, a
 * person merged into another, and a dated record that no source published by `asOf` cites.
 */
export function scopeFilter(type: RecordType, scope: ReadScope, alias?: string): SQL | undefined {
  checkScope(scope);
  const table = tableOf[type];
  const { asOf } = scope;
  // Drizzle's relational queries re-alias the root table's columns only: the citing tables are named by hand.
  const cited = (list: PgTable, owner: PgColumn, source: PgColumn) => {
    const name = sql.identifier(getTableName(list));
    return sql`exists (select 1 from ${name} join sources on sources.id = ${name}.${sql.identifier(source.name)}
      where ${name}.${sql.identifier(owner.name)} = ${columnOf(table.id, alias)} and sources.published_at <= ${asOf}::date)`;
  };
  return and(
    scope.includeRetracted ? undefined : isNull(sql`${columnOf(table.retractionReason, alias)}`),
    type === 'person' ? isNull(sql`${columnOf(t.people.mergedIntoId, alias)}`) : undefined,
    asOf && isDated(type) ? or(...citingColumns[type].map((columns) => cited(...columns))) : undefined,
  );
}

/** The publication dates of the sources the records cite, for their as-of views. */
async function publicationDates(db: Db, type: RecordType, records: readonly RecordOf<RecordType>[]) {
  const ids = [...new Set(records.flatMap((r) => citedSourceIds(type, r)))];
  const rows =
    ids.length === 0
      ? []
      : await db
          .select({ id: t.sources.id, publishedAt: t.sources.publishedAt })
          .from(t.sources)
          .where(inArray(t.sources.id, ids));
  const dates = new Map(rows.map((r) => [r.id, r.publishedAt]));
  return (id: string) => dates.get(id);
}

/** The records as the sources had them by `asOf` (those no source had reported by then left out). */
export async function viewsAsOf<T extends RecordType>(
  db: Db,
  type: T,
  records: RecordOf<T>[],
  asOf: string | null | undefined,
): Promise<RecordOf<T>[]> {
  if (!asOf || !isDated(type)) return records;
  const publishedAt = await publicationDates(db, type, records);
  return records.flatMap((r) => recordAsOf(type, r, asOf, publishedAt) ?? []);
}
