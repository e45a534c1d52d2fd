import { type PublishedAt, recordAsOf } from '../as-of.ts';
import { inWindow } from '../fuzzy-date/compare.ts';
import { countsOf, type Dataset, datasetKeys, type RecordOf } from '../records/dataset.ts';
import type { RecordType } from '../records/enums.ts';
import { referencesOf } from '../references.ts';
import { type HeldRecords, validateWrite } from '../validate-dataset.ts';
import { recordsChanged, type StoreChange } from './change.ts';
import { renamedIn, renamesIn } from './memory-renames.ts';
import { hitsOf, type Names, searchTextsOf } from './memory-search.ts';
import { paginate } from './paging.ts';
import {
  type ReadScope,
  type StatementRelationEdge,
  type Store,
  StoreInputError,
  type StoreStats,
  type TimelineEntry,
  type TimelineType,
  type WriteOptions,
} from './port.ts';
import { type ChangesFilter, IMPORT_ACTOR, type Revision } from './revision.ts';
import { checkCommit, checkRevisions, datasetOfPuts, inPutOrder, putId } from './rules/commit.ts';
import {
  changesOrder,
  historyOrder,
  meetingOrder,
  personOrder,
  searchOrder,
  sortOf,
  statementOrder,
  summitOrder,
  timelineOrder,
} from './rules/order.ts';
import { checkScope, listed } from './rules/scope.ts';
import { checkWindow, timeWindow } from './rules/window.ts';
import { scoreText } from './text-match.ts';

type Indexed = { [T in RecordType]: Map<string, RecordOf<T>> };

const recordTypes = Object.keys(datasetKeys) as RecordType[];

const anyOf = <T>(wanted: readonly T[] | null | undefined, values: readonly T[]) =>
  !wanted || wanted.length === 0 || values.some((v) => wanted.includes(v));

/** A real Store over a dataset held in memory: for tests, demos and the API without a database. */
export function createMemoryStore(dataset: Dataset): Store {
  const byId = Object.fromEntries(recordTypes.map((type) => [type, new Map()])) as Indexed;
  const bySlug = Object.fromEntries(recordTypes.map((type) => [type, new Map()])) as Indexed;
  /** Each record's revisions, oldest first (revision n at n - 1), and all of them in the order written. */
  const histories = new Map<string, Revision[]>();
  const log: Revision[] = [];
  const all = <T extends RecordType>(type: T) => [...byId[type].values()] as RecordOf<T>[];
  const names: Names = {
    topic: (id) => byId.topic.get(id)?.name ?? '',
    person: (id) => (id ? (byId.person.get(id)?.name ?? '') : ''),
  };
  const listeners = new Set<(change: StoreChange) => void>();
  let closed = false;

  let lastAt = '';
  // The store's clock, never still or backwards: the audit log orders by it.
  function now(): string {
    const at = new Date(Math.max(Date.now(), lastAt ? Date.parse(lastAt) + 1 : 0)).toISOString();
    lastAt = at;
    return at;
  }

  /** Puts a record, replacing the one of its id, and appends its revision. */
  function put<T extends RecordType>(
    type: T,
    record: RecordOf<T>,
    change: Pick<Revision, 'actor' | 'at' | 'reason'>,
  ) {
    const old = byId[type].get(record.id);
    if (old && bySlug[type].get(old.slug) === old) bySlug[type].delete(old.slug);
    byId[type].set(record.id, record);
    bySlug[type].set(record.slug, record);
    const history = histories.get(record.id) ?? [];
    histories.set(record.id, history);
    const revision = {
      ...change,
      recordId: record.id,
      type,
      revision: history.length + 1,
      before: old ?? null,
      after: record,
    } as Revision;
    history.push(revision);
    log.push(revision);
    return revision;
  }

  /** Puts the records of a dataset, checked in full before (so a refused write leaves the store as it was). */
  function putAll(
    written: Dataset,
    change: Pick<Revision, 'actor' | 'reason'>,
    onProgress?: WriteOptions['onProgress'],
  ): Revision[] {
    const counts = countsOf(written);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const at = now();
    const former = renamesIn(written, (type, id) => byId[type].get(id));
    const revisions: Revision[] = [];
    for (const type of recordTypes) {
      for (const record of written[datasetKeys[type]]) revisions.push(put(type, record, { ...change, at }));
      if (counts[type] > 0) onProgress?.(revisions.length, total);
    }
    if (listeners.size > 0) {
      const told = recordsChanged(revisions, renamedIn(all, names, former));
      for (const listener of listeners) listener(told);
    }
    return revisions;
  }

  const publishedAt: PublishedAt = (id) => byId.source.get(id)?.publishedAt;

  /** The records of a type a read sees: those listed, as the sources had them by `asOf` when it is given. */
  function seen<T extends RecordType>(type: T, scope: ReadScope): RecordOf<T>[] {
    checkScope(scope);
    const shown = all(type).filter((r) => listed(type, r, scope));
    const { asOf } = scope;
    return asOf ? shown.flatMap((r) => recordAsOf(type, r, asOf, publishedAt) ?? []) : shown;
  }

  function timelineEntries(types: readonly TimelineType[], scope: ReadScope): TimelineEntry[] {
    const entries: TimelineEntry[] = [];
    for (const type of types) {
      for (const r of seen(type, scope)) {
        if (r.date)
          entries.push({
            type,
            id: r.id,
            earliest: r.date.earliest,
            latest: r.date.latest,
            precision: r.date.precision,
          });
      }
    }
    return entries;
  }

  const guard = () => {
    if (closed) throw new Error('the memory store is closed');
  };

  const held: HeldRecords = {
    ids: async (wanted) =>
      new Map([...wanted].map(([type, ids]) => [type, new Set(ids.filter((id) => byId[type].has(id)))])),
    slugs: async (type, slugs) =>
      new Map(
        slugs.flatMap((slug) => {
          const holder = bySlug[type].get(slug);
          return holder ? [[slug, holder.id] as const] : [];
        }),
      ),
    sourceTexts: async (ids) =>
      new Map(
        ids.flatMap((id) => {
          const source = byId.source.get(id);
          return source ? [[id, source.text] as const] : [];
        }),
      ),
    withinIds: async (ids) =>
      new Map(
        ids.flatMap((id) => {
          const place = byId.place.get(id);
          return place ? [[id, place.withinId] as const] : [];
        }),
      ),
  };
  const revisionOf = (id: string) => histories.get(id)?.length ?? 0;

  // One write at a time: each is checked against what the one before it left.
  let writing: Promise<unknown> = Promise.resolve();
  function serially<T>(write: () => Promise<T>): Promise<T> {
    const done = writing.then(write);
    writing = done.catch(() => {});
    return done;
  }

  const inChanges = ({ actors, types, ...window }: ChangesFilter) => {
    const { from, to } = timeWindow(window);
    return (r: Revision) =>
      anyOf(actors, [r.actor]) &&
      anyOf(types, [r.type]) &&
      (from === null || r.at >= from) &&
      (to === null || r.at <= to);
  };

  putAll(dataset, { actor: IMPORT_ACTOR, reason: null });

  return {
    async load(type, ids) {
      guard();
      return ids.map((id) => byId[type].get(id) ?? null) as never;
    },
    async loadBySlug(type, slugs) {
      guard();
      return slugs.map((slug) => bySlug[type].get(slug) ?? null) as never;
    },
    async listSummits({ filter, orderBy, asOf, includeRetracted, ...page }) {
      guard();
      const rows = seen('summit', { asOf, includeRetracted }).filter(
        (s) =>
          anyOf(filter?.statuses, [s.status]) &&
          anyOf(
            filter?.participantIds,
            s.participants.map((p) => p.personId),
          ),
      );
      const { key, direction } = sortOf(summitOrder, orderBy);
      return paginate(rows, key, { ...page, direction });
    },
    async listMeetings({ filter, orderBy, asOf, includeRetracted, ...page }) {
      guard();
      checkWindow(filter ?? {});
      const rows = seen('meeting', { asOf, includeRetracted }).filter(
        (m) =>
          inWindow(m.date, filter?.from, filter?.to) &&
          anyOf(
            filter?.participantIds,
            m.participants.map((p) => p.personId),
          ) &&
          anyOf(filter?.summitIds, [m.summitId ?? '']) &&
          anyOf(filter?.topicIds, m.topicIds),
      );
      const { key, direction } = sortOf(meetingOrder, orderBy);
      return paginate(rows, key, { ...page, direction });
    },
    async listStatements({ filter, orderBy, asOf, includeRetracted, ...page }) {
      guard();
      checkWindow(filter ?? {});
      const text = filter?.text?.trim();
      const rows = seen('statement', { asOf, includeRetracted }).filter(
        (s) =>
          inWindow(s.date, filter?.from, filter?.to) &&
          anyOf(filter?.speakerIds, [s.speakerId ?? '']) &&
          anyOf(filter?.organizationIds, [s.organizationId ?? '']) &&
          anyOf(filter?.topicIds, s.topicIds) &&
          anyOf(filter?.kinds, [s.kind]) &&
          anyOf(filter?.summitIds, [s.summitId ?? '']) &&
          anyOf(filter?.meetingIds, [s.meetingId ?? '']) &&
          (!text || scoreText(text, searchTextsOf('statement', s, names)) !== null),
      );
      const { key, direction } = sortOf(statementOrder, orderBy);
      return paginate(rows, key, { ...page, direction });
    },
    async listPeople({ filter, orderBy, asOf, includeRetracted, ...page }) {
      guard();
      const name = filter?.name?.trim().toLowerCase();
      const rows = seen('person', { asOf, includeRetracted }).filter(
        (p) =>
          (!name || [p.name, ...p.aliases].some((n) => n.toLowerCase().includes(name))) &&
          anyOf(
            filter?.organizationIds,
            p.roles.map((r) => r.organizationId ?? ''),
          ),
      );
      const { key, direction } = sortOf(personOrder, orderBy);
      return paginate(rows, key, { ...page, direction });
    },
    async listTopics() {
      guard();
      return seen('topic', {}).sort((a, b) => a.name.localeCompare(b.name));
    },
    async listAll(type) {
      guard();
      return seen(type, {}).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
    async enclosingPlaces(placeIds) {
      guard();
      return placeIds.map((id) => {
        const chain: RecordOf<'place'>[] = [];
        // Bounded by the number of places, so that a cycle cannot loop for ever.
        for (let p = byId.place.get(id); p?.withinId && chain.length < byId.place.size; ) {
          p = byId.place.get(p.withinId);
          if (p) chain.push(p);
        }
        return chain;
      });
    },
    async loadRelations(statementIds) {
      guard();
      const statements = all('statement');
      return statementIds.map((id) => {
        const edges: StatementRelationEdge[] = [];
        for (const relation of byId.statement.get(id)?.relations ?? []) {
          edges.push({ ...relation, sourceId: id, direction: 'OUTGOING' });
        }
        for (const other of statements) {
          for (const relation of other.relations) {
            if (relation.targetId === id)
              edges.push({ ...relation, sourceId: other.id, direction: 'INCOMING' });
          }
        }
        return edges;
      });
    },
    async search({ query, types, asOf, includeRetracted, ...page }) {
      guard();
      if (query.trim().length === 0)
        throw new StoreInputError('"query" must contain at least one word', 'query');
      const wanted = types?.length ? types : (['summit', 'meeting', 'statement', 'person'] as const);
      // Matched on what the records say now, among those the scope sees.
      const current = <T extends RecordType>(type: T) =>
        seen(type, { asOf, includeRetracted }).map((r) => byId[type].get(r.id) as RecordOf<T>);
      const hits = wanted.flatMap((type) => hitsOf(type, current(type), query, names));
      return paginate(hits, searchOrder, page);
    },
    async timeline({ from, to, types, asOf, includeRetracted, ...page }) {
      guard();
      checkWindow({ from, to });
      const entries = timelineEntries(types?.length ? types : ['summit', 'meeting', 'statement'], {
        asOf,
        includeRetracted,
      }).filter((e) => inWindow(e, from, to));
      return paginate(entries, timelineOrder, page);
    },
    async stats() {
      guard();
      return Object.fromEntries(recordTypes.map((type) => [type, byId[type].size])) as StoreStats;
    },
    async writeDataset(input, options) {
      guard();
      return serially(async () => {
        const written = await validateWrite(input, held);
        putAll(written, { actor: options?.actor ?? IMPORT_ACTOR, reason: null }, options?.onProgress);
        return countsOf(written);
      });
    },
    async commit(commit) {
      guard();
      checkCommit(commit);
      if (commit.puts.length === 0) return [];
      return serially(async () => {
        checkRevisions(commit.puts, new Map(commit.puts.map((put) => [putId(put), revisionOf(putId(put))])));
        const written = await validateWrite(datasetOfPuts(commit.puts), held);
        return inPutOrder(commit.puts, putAll(written, { actor: commit.actor, reason: commit.reason }));
      });
    },
    async referrers(id) {
      guard();
      return recordTypes.flatMap((type) =>
        all(type)
          .filter((r) => r.id !== id && referencesOf[type](r as never).some((ref) => ref.id === id))
          .map((r) => ({ type, id: r.id })),
      );
    },
    async revisions(ids) {
      guard();
      return ids.map(revisionOf);
    },
    async history(recordId, page) {
      guard();
      return paginate(histories.get(recordId) ?? [], historyOrder, { ...page, direction: 'DESC' });
    },
    async changes({ actors, types, from, to, ...page }) {
      guard();
      const wanted = inChanges({ actors, types, from, to });
      return paginate(log.filter(wanted), changesOrder, { ...page, direction: 'DESC' });
    },
    async onChange(listener) {
      guard();
      // Wrapped: the same function given twice is two subscriptions, each stopped on its own.
      const own = (change: StoreChange) => listener(change);
      listeners.add(own);
      return async () => {
        listeners.delete(own);
      };
    },
    async ping() {
      guard();
    },
    async close() {
      closed = true;
      listeners.clear();
    },
  };
}
