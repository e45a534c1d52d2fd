import {
  type ListOrder,
  lazyCount,
  meetingOrder,
  type Order,
  type PageArgs,
  paginate,
  personOrder,
  type ReadScope,
  type RecordOf,
  type RecordType,
  readPageArgs,
  type StatementRelationEdge,
  type Store,
  type StoreStats,
  sortOf,
  statementOrder,
  summitOrder,
} from '@parley/domain';
import { and, isNull, or, type SQL, sql } from 'drizzle-orm';
import { type Client, readConnections } from '../client.ts';
import * as t from '../schema/index.ts';
import { commit } from '../write/commit.ts';
import { writeDataset } from '../write/write-dataset.ts';
import { enclosingPlaces } from './enclosing-places.ts';
import { meetingFilter, personFilter, statementFilter, summitFilter } from './filters.ts';
import { isAnyOf } from './ids.ts';
import { type KeyExpression, keysetClause, type OrderColumns, toPage } from './keyset.ts';
import { batchedReads, partsPerStatement, readPriority } from './read-batch.ts';
import { readRecords } from './read-records.ts';
import { referrers } from './referrers.ts';
import { changes, currentRevisions, history } from './revisions.ts';
import { scopeFilter, viewsAsOf } from './scope.ts';
import { search } from './search.ts';
import { tableOf } from './table-of.ts';
import { timeline } from './timeline.ts';

// The columns each of the domain's list orders maps to (an index on each serves its keyset pages).
const summitColumns: OrderColumns<typeof summitOrder> = {
  DATE: [t.summits.sortEarliest, t.summits.sortLatest, t.summits.id],
  ORDINAL: [t.summits.sortOrdinal, t.summits.id],
  TITLE: [t.summits.titleKey, t.summits.id],
};
const meetingColumns: OrderColumns<typeof meetingOrder> = {
  DATE: [t.meetings.dateEarliest, t.meetings.dateLatest, t.meetings.id],
  TITLE: [t.meetings.titleKey, t.meetings.id],
};
const statementColumns: OrderColumns<typeof statementOrder> = {
  DATE: [t.statements.dateEarliest, t.statements.dateLatest, t.statements.id],
  SLUG: [t.statements.slug, t.statements.id],
};
const personColumns: OrderColumns<typeof personOrder> = { NAME: [t.people.nameKey, t.people.id] };

/** A row of `statement_relations` as its JSON reads it. */
type StatementRelationRow = Omit<StatementRelationEdge, 'direction' | 'citation'> & {
  citationSourceId: string | null;
  citationExcerpt: string | null;
};

/**
 * A Store over drizzle, on PGlite or PostgreSQL: the domain's rules mapped to SQL, its contract kept. Every
 * read is a part of a batched statement (read-batch.ts): the calls of one GraphQL level cost one statement.
 */
export function createSqlStore(client: Client): Store {
  const { db } = client;
  const batched = batchedReads(db, {
    parts: partsPerStatement,
    statements: readConnections(client.driver),
  });

  async function list<T extends RecordType, F extends string>(
    type: T,
    matching: SQL | undefined,
    order: ListOrder<RecordOf<T>, F>,
    columns: Record<F, readonly KeyExpression[]>,
    { asOf, includeRetracted, ...args }: PageArgs & ReadScope & { orderBy?: Order<F> | null },
  ) {
    const read = readPriority.keep(batched);
    const filter = and(matching, scopeFilter(type, { asOf, includeRetracted }));
    const { field, key, direction } = sortOf(order, args.orderBy);
    const window = readPageArgs(args, key.kinds);
    const clause = keysetClause(columns[field], key.kinds, window, direction);
    const where = filter && clause.where ? sql`${filter} and ${clause.where}` : (filter ?? clause.where);
    const found = await readRecords(read, type, { where, orderBy: clause.orderBy, limit: clause.limit });
    const rows = await viewsAsOf(read, type, found, asOf);
    // The count of the whole filtered list can cost far more than the page: read only when asked, it joins
    // the statement of the level that asks (the page's fields are resolved one level below the page).
    const totalCount = lazyCount(() =>
      read<number>(
        // The whole list as shown by default: the count the triggers keep, not a scan of every row.
        matching === undefined && !asOf && !includeRetracted
          ? sql`select ${t.recordCounts.listed} from ${t.recordCounts} where ${t.recordCounts.type} = ${type}`
          : sql`select count(*)::int from ${tableOf[type]}${filter ? sql` where ${filter}` : sql``}`,
      ),
    );
    return toPage(rows, key.keyOf, window, totalCount);
  }

  async function loadBy<T extends RecordType>(type: T, column: 'id' | 'slug', keys: readonly string[]) {
    if (keys.length === 0) return [];
    const found = await readRecords(batched, type, {
      where: isAnyOf(tableOf[type][column], [...new Set(keys)]),
    });
    const byKey = new Map(found.map((r) => [(r as { id: string; slug: string })[column], r]));
    return keys.map((k) => byKey.get(k) ?? null);
  }

  return {
    load: (type, ids) => loadBy(type, 'id', ids),
    loadBySlug: (type, slugs) => loadBy(type, 'slug', slugs),
    async listSummits({ filter, orderBy, ...args }) {
      if (!args.asOf)
        return list('summit', summitFilter(filter), summitOrder, summitColumns, { ...args, orderBy });
      // A summit's status and date as of a day come from its developments: its views are filtered and ordered
      // here, as the memory store does (summits are few).
      const { asOf, includeRetracted, ...page } = args;
      const where = and(
        summitFilter({ ...filter, statuses: null }),
        scopeFilter('summit', { asOf, includeRetracted }),
      );
      const read = readPriority.keep(batched);
      const views = await viewsAsOf(read, 'summit', await readRecords(read, 'summit', { where }), asOf);
      const statuses = filter?.statuses;
      const rows = statuses?.length ? views.filter((s) => statuses.includes(s.status)) : views;
      const { key, direction } = sortOf(summitOrder, orderBy);
      return paginate(rows, key, { ...page, direction });
    },
    listMeetings: async ({ filter, ...args }) =>
      list('meeting', meetingFilter(filter), meetingOrder, meetingColumns, args),
    listStatements: async ({ filter, ...args }) =>
      list('statement', statementFilter(filter), statementOrder, statementColumns, args),
    listPeople: async ({ filter, ...args }) =>
      list('person', personFilter(filter), personOrder, personColumns, args),
    async listTopics() {
      const topics = await readRecords(batched, 'topic', { where: isNull(t.topics.retractionReason) });
      // Sorted here as the memory store sorts them: by the locale's order, whatever the database's collation.
      return topics.sort((a, b) => a.name.localeCompare(b.name));
    },
    async listAll(type) {
      return readRecords(batched, type, {
        where: scopeFilter(type, {}),
        orderBy: [sql`${tableOf[type].id}`],
      });
    },
    enclosingPlaces: async (placeIds) => enclosingPlaces(readPriority.keep(batched), placeIds),
    async loadRelations(statementIds) {
      if (statementIds.length === 0) return [];
      const ids = [...new Set(statementIds)];
      const r = t.statementRelations;
      const rows = await batched<StatementRelationRow[]>(
        sql`select coalesce(json_agg(json_build_object('sourceId', ${r.sourceId}, 'type', ${r.type},
          'targetId', ${r.targetId}, 'note', ${r.note}, 'citationSourceId', ${r.citationSourceId},
          'citationExcerpt', ${r.citationExcerpt}) order by ${r.sourceId}, ${r.position}), '[]'::json)
          from ${r} where ${or(isAnyOf(r.sourceId, ids), isAnyOf(r.targetId, ids))}`,
      );
      return statementIds.map((id) => {
        const edge = (row: StatementRelationRow, direction: StatementRelationEdge['direction']) => ({
          type: row.type,
          targetId: row.targetId,
          note: row.note,
          citation: row.citationSourceId
            ? { sourceId: row.citationSourceId, excerpt: row.citationExcerpt as string }
            : null,
          sourceId: row.sourceId,
          direction,
        });
        return [
          ...rows.filter((row) => row.sourceId === id).map((row) => edge(row, 'OUTGOING')),
          ...rows.filter((row) => row.targetId === id).map((row) => edge(row, 'INCOMING')),
        ];
      });
    },
    search: async (args) => search(readPriority.keep(batched), args),
    timeline: async (args) => timeline(readPriority.keep(batched), args),
    async stats() {
      const counts = Object.entries(tableOf).map(
        ([type, table]) => sql`${sql.raw(`'${type}'`)}, (select count(*)::int from ${table})`,
      );
      return batched<StoreStats>(sql`select json_build_object(${sql.join(counts, sql`, `)})`);
    },
    writeDataset: (dataset, options) => writeDataset(db, dataset, options),
    commit: (change) => commit(db, change),
    referrers: async (id) => referrers(db, id),
    async revisions(ids) {
      const current = await currentRevisions(db, ids);
      return ids.map((id) => current.get(id) ?? 0);
    },
    history: async (recordId, page) => history(db, recordId, page),
    changes: async (args) => changes(db, args),
    // Every write path NOTIFYs inside its transaction, so listeners hear committed changes only.
    onChange: (listener) => client.listen(listener),
    async ping() {
      await db.execute(sql`select 1`);
    },
    close: () => client.close(),
  };
}
