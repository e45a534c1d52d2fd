import {
  type CursorKey,
  lazyCount,
  NO_DATE,
  type Order,
  type PageArgs,
  type RecordOf,
  type RecordType,
  readPageArgs,
  type StatementRelationEdge,
  type Store,
  type StoreStats,
} from '@parley/domain';
import { count, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Client } from '../client.ts';
import { readers } from '../records/from-rows.ts';
import * as t from '../schema/index.ts';
import { meetingFilter, personFilter, statementFilter, summitFilter } from './filters.ts';
import { type KeyPart, keysetClause, toPage } from './keyset.ts';
import { search } from './search.ts';
import { timeline } from './timeline.ts';

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
} as const satisfies Record<RecordType, PgTable & { id: PgColumn; slug: PgColumn }>;

const dateKey = (date: { earliest: string; latest: string } | null): CursorKey =>
  date ? [date.earliest, date.latest] : [NO_DATE, NO_DATE];

/** A list's sort: the SQL key parts, and the same key computed from a record for its cursor. */
interface Sort<R> {
  parts: KeyPart[];
  keyOf: (record: R) => CursorKey;
}
const text = (expr: PgColumn): KeyPart => ({ expr, kind: 'text' });
const day = (expr: PgColumn): KeyPart => ({ expr, kind: 'date' });

const summitSorts: Record<string, Sort<RecordOf<'summit'>>> = {
  DATE: {
    parts: [day(t.summits.sortEarliest), day(t.summits.sortLatest), text(t.summits.id)],
    keyOf: (s) => [...dateKey(s.date), s.id],
  },
  ORDINAL: {
    parts: [{ expr: t.summits.sortOrdinal, kind: 'integer' }, text(t.summits.id)],
    keyOf: (s) => [s.ordinal ?? Number.MAX_SAFE_INTEGER, s.id],
  },
  TITLE: {
    parts: [text(t.summits.titleKey), text(t.summits.id)],
    keyOf: (s) => [s.title.toLowerCase(), s.id],
  },
};
const meetingSorts: Record<string, Sort<RecordOf<'meeting'>>> = {
  DATE: {
    parts: [day(t.meetings.dateEarliest), day(t.meetings.dateLatest), text(t.meetings.id)],
    keyOf: (m) => [...dateKey(m.date), m.id],
  },
  TITLE: {
    parts: [text(t.meetings.titleKey), text(t.meetings.id)],
    keyOf: (m) => [m.title.toLowerCase(), m.id],
  },
};
const statementSorts: Record<string, Sort<RecordOf<'statement'>>> = {
  DATE: {
    parts: [day(t.statements.dateEarliest), day(t.statements.dateLatest), text(t.statements.id)],
    keyOf: (s) => [...dateKey(s.date), s.id],
  },
  SLUG: { parts: [text(t.statements.slug), text(t.statements.id)], keyOf: (s) => [s.slug, s.id] },
};
const personSort: Sort<RecordOf<'person'>> = {
  parts: [text(t.people.nameKey), text(t.people.id)],
  keyOf: (p) => [p.name.toLowerCase(), p.id],
};

/** A Store over drizzle: the same answers as the memory store, from PGlite or PostgreSQL. */
export function createSqlStore(client: Client): Store {
  const { db } = client;

  async function list<T extends RecordType>(
    type: T,
    filter: SQL | undefined,
    sort: Sort<RecordOf<T>>,
    args: PageArgs & { orderBy?: Order<string> | null },
  ) {
    const window = readPageArgs(args);
    const clause = keysetClause(sort.parts, window, args.orderBy?.direction);
    const where = filter && clause.where ? sql`${filter} and ${clause.where}` : (filter ?? clause.where);
    const rows = await readers[type](db, { where, orderBy: clause.orderBy, limit: clause.limit });
    // The count of the whole filtered list can cost far more than the page: one more statement, when asked.
    const totalCount = lazyCount(async () => {
      const [total] = await db
        .select({ n: count() })
        .from(tableOf[type] as PgTable)
        .where(filter);
      return total?.n ?? 0;
    });
    return toPage(rows, sort.keyOf, window, totalCount);
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
    listSummits: async ({ filter, orderBy, ...page }) =>
      list(
        'summit',
        summitFilter(filter),
        summitSorts[orderBy?.field ?? 'DATE'] as Sort<RecordOf<'summit'>>,
        {
          ...page,
          orderBy,
        },
      ),
    listMeetings: async ({ filter, orderBy, ...page }) =>
      list(
        'meeting',
        meetingFilter(filter),
        meetingSorts[orderBy?.field ?? 'DATE'] as Sort<RecordOf<'meeting'>>,
        {
          ...page,
          orderBy,
        },
      ),
    listStatements: async ({ filter, orderBy, ...page }) =>
      list(
        'statement',
        statementFilter(filter),
        statementSorts[orderBy?.field ?? 'DATE'] as Sort<RecordOf<'statement'>>,
        { ...page, orderBy },
      ),
    listPeople: async ({ filter, orderBy, ...page }) =>
      list('person', personFilter(filter), personSort, { ...page, orderBy }),
    async listTopics() {
      const topics = await readers.topic(db, {});
      // Sorted here as the memory store sorts them: by the locale's order, whatever the database's collation.
      return topics.sort((a, b) => a.name.localeCompare(b.name));
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
    // Every write path NOTIFYs inside its transaction, so listeners hear committed changes only.
    onChange: (listener) => client.listen(listener),
    async ping() {
      await db.execute(sql`select 1`);
    },
    close: () => client.close(),
  };
}
