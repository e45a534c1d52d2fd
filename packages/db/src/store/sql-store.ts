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
import { and, count, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Client } from '../client.ts';
import { readers } from '../records/from-rows.ts';
import * as t from '../schema/index.ts';
import { commit } from '../write/commit.ts';
import { writeDataset } from '../write/write-dataset.ts';
import { meetingFilter, personFilter, statementFilter, summitFilter } from './filters.ts';
import { type KeyExpression, keysetClause, type OrderColumns, toPage } from './keyset.ts';
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

/** A Store over drizzle, on PGlite or PostgreSQL: the domain's rules mapped to SQL, its contract kept. */
export function createSqlStore(client: Client): Store {
  const { db } = client;

  async function list<T extends RecordType, F extends string>(
    type: T,
    matching: SQL | undefined,
    order: ListOrder<RecordOf<T>, F>,
    columns: Record<F, readonly KeyExpression[]>,
    { asOf, includeRetracted, ...args }: PageArgs & ReadScope & { orderBy?: Order<F> | null },
  ) {
    const filter = and(matching, scopeFilter(type, { asOf, includeRetracted }));
    const { field, key, direction } = sortOf(order, args.orderBy);
    const window = readPageArgs(args, key.kinds);
    const clause = keysetClause(columns[field], key.kinds, window, direction);
    const where = filter && clause.where ? sql`${filter} and ${clause.where}` : (filter ?? clause.where);
    const found = await readers[type](db, { where, orderBy: clause.orderBy, limit: clause.limit });
    const rows = await viewsAsOf(db, type, found, asOf);
    // The count of the whole filtered list can cost far more than the page: one more statement, when asked.
    const totalCount = lazyCount(async () => {
      const [total] = await db
        .select({ n: count() })
        .from(tableOf[type] as PgTable)
        .where(filter);
      return total?.n ?? 0;
    });
    return toPage(rows, key.keyOf, window, totalCount);
  }

  async function loadBy<T extends RecordType>(type: T, column: 'id' | 'slug', keys: readonly string[]) {
    if (keys.length === 0) return [];
    const table = tableOf[type];
    const found = await readers[type](db, { where: inArray(table[column], [...new Set(keys)]) });
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
      const views = await viewsAsOf(db, 'summit', await readers.summit(db, { where }), asOf);
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
      const topics = await readers.topic(db, { where: isNull(t.topics.retractionReason) });
      // Sorted here as the memory store sorts them: by the locale's order, whatever the database's collation.
      return topics.sort((a, b) => a.name.localeCompare(b.name));
    },
    async listAll(type) {
      const table = tableOf[type];
      return readers[type](db, { where: scopeFilter(type, {}), orderBy: [sql`${table.id}`] });
    },
    async loadRelations(statementIds) {
      if (statementIds.length === 0) return [];
      const ids = [...new Set(statementIds)];
      const r = t.statementRelations;
      const rows = await db
        .select()
        .from(r)
        .where(or(inArray(r.sourceId, ids), inArray(r.targetId, ids)))
        .orderBy(r.sourceId, r.position);
      return statementIds.map((id) => {
        const edge = (row: (typeof rows)[number], direction: StatementRelationEdge['direction']) => ({
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
    search: async (args) => search(db, args),
    timeline: async (args) => timeline(db, args),
    async stats() {
      const counts = Object.entries(tableOf).map(
        ([type, table]) => sql`(select count(*)::int from ${table}) as ${sql.identifier(type)}`,
      );
      const [row] = await db
        .execute(sql`select ${sql.join(counts, sql`, `)}`)
        .then((r) => (r as { rows: StoreStats[] }).rows);
      return row as StoreStats;
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
