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
import { and, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import * as t from '../schema/index.ts';
import { isAnyOf } from './ids.ts';
import type { Read } from './read-batch.ts';
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
  const cited = (list: PgTable, owner: PgColumn, source: PgColumn) =>
    sql`exists (select 1 from ${list} join ${t.sources} on ${t.sources.id} = ${source}
      where ${owner} = ${columnOf(table.id, alias)} and ${t.sources.publishedAt} <= ${asOf}::date)`;
  return and(
    scope.includeRetracted ? undefined : isNull(sql`${columnOf(table.retractionReason, alias)}`),
    type === 'person' ? isNull(sql`${columnOf(t.people.mergedIntoId, alias)}`) : undefined,
    asOf && isDated(type) ? or(...citingColumns[type].map((columns) => cited(...columns))) : undefined,
  );
}

/** The publication dates of the sources the records cite, for their as-of views. */
async function publicationDates(read: Read, type: RecordType, records: readonly RecordOf<RecordType>[]) {
  const ids = [...new Set(records.flatMap((r) => citedSourceIds(type, r)))];
  const dates =
    ids.length === 0
      ? {}
      : await read<Record<string, string>>(
          sql`select coalesce(json_object_agg(${t.sources.id}, ${t.sources.publishedAt}), '{}'::json)
            from ${t.sources} where ${isAnyOf(t.sources.id, ids)}`,
        );
  const byId = new Map(Object.entries(dates));
  return (id: string) => byId.get(id);
}

/** The records as the sources had them by `asOf` (those no source had reported by then left out). */
export async function viewsAsOf<T extends RecordType>(
  read: Read,
  type: T,
  records: RecordOf<T>[],
  asOf: string | null | undefined,
): Promise<RecordOf<T>[]> {
  if (!asOf || !isDated(type)) return records;
  const publishedAt = await publicationDates(read, type, records);
  return records.flatMap((r) => recordAsOf(type, r, asOf, publishedAt) ?? []);
}
