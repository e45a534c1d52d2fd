import { inWindow } from '../fuzzy-date/compare.ts';
import { countsOf, type Dataset, datasetKeys, type RecordOf } from '../records/dataset.ts';
import type { RecordType } from '../records/enums.ts';
import { validateWrite } from '../validate-dataset.ts';
import { hitsOf, type Names, searchTextsOf } from './memory-search.ts';
import { paginate } from './paging.ts';
import {
  type DatasetInput,
  type StatementRelationEdge,
  type Store,
  StoreInputError,
  type StoreStats,
  type TimelineEntry,
  type TimelineType,
  type WriteOptions,
} from './port.ts';
import {
  meetingOrder,
  personOrder,
  searchOrder,
  sortOf,
  statementOrder,
  summitOrder,
  timelineOrder,
} from './rules/order.ts';
import { checkWindow } from './rules/window.ts';
import { scoreText } from './text-match.ts';

type Indexed = { [T in RecordType]: Map<string, RecordOf<T>> };

const recordTypes = Object.keys(datasetKeys) as RecordType[];

const anyOf = <T>(wanted: readonly T[] | null | undefined, values: readonly T[]) =>
  !wanted || wanted.length === 0 || values.some((v) => wanted.includes(v));

/** A real Store over a dataset held in memory: for tests, demos and the API without a database. */
export function createMemoryStore(dataset: Dataset): Store {
  const byId = {} as Indexed;
  const bySlug = {} as Indexed;
  for (const type of recordTypes) {
    const records = dataset[datasetKeys[type]];
    byId[type] = new Map(records.map((r) => [r.id, r])) as never;
    bySlug[type] = new Map(records.map((r) => [r.slug, r])) as never;
  }
  const all = <T extends RecordType>(type: T) => [...byId[type].values()] as RecordOf<T>[];
  const names: Names = {
    topic: (id) => byId.topic.get(id)?.name ?? '',
    person: (id) => (id ? (byId.person.get(id)?.name ?? '') : ''),
  };
  const listeners = new Set<() => void>();
  let closed = false;

  function put<T extends RecordType>(type: T, record: RecordOf<T>) {
    const old = byId[type].get(record.id);
    if (old && bySlug[type].get(old.slug) === old) bySlug[type].delete(old.slug);
    byId[type].set(record.id, record);
    bySlug[type].set(record.slug, record);
  }

  function timelineEntries(types: readonly TimelineType[]): TimelineEntry[] {
    const entries: TimelineEntry[] = [];
    for (const type of types) {
      for (const r of all(type)) {
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

  let writing: Promise<unknown> = Promise.resolve();
  async function write(input: DatasetInput, options?: WriteOptions): Promise<StoreStats> {
    const written = await validateWrite(input, {
      ids: async (type, ids) => new Set(ids.filter((id) => byId[type].has(id))),
      slugs: async (type, slugs) =>
        new Map(
          slugs.flatMap((slug) => {
            const holder = bySlug[type].get(slug);
            return holder ? [[slug, holder.id] as const] : [];
          }),
        ),
    });
    const counts = countsOf(written);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    // Checked in full before the first record is put: a refused write leaves the store as it was.
    let done = 0;
    for (const type of recordTypes) {
      for (const record of written[datasetKeys[type]]) put(type, record);
      done += counts[type];
      if (counts[type] > 0) options?.onProgress?.(done, total);
    }
    for (const listener of listeners) listener();
    return counts;
  }

  return {
    async load(type, ids) {
      guard();
      return ids.map((id) => byId[type].get(id) ?? null) as never;
    },
    async loadBySlug(type, slugs) {
      guard();
      return slugs.map((slug) => bySlug[type].get(slug) ?? null) as never;
    },
    async listSummits({ filter, orderBy, ...page }) {
      guard();
      const rows = all('summit').filter(
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
    async listMeetings({ filter, orderBy, ...page }) {
      guard();
      checkWindow(filter ?? {});
      const rows = all('meeting').filter(
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
    async listStatements({ filter, orderBy, ...page }) {
      guard();
      checkWindow(filter ?? {});
      const text = filter?.text?.trim();
      const rows = all('statement').filter(
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
    async listPeople({ filter, orderBy, ...page }) {
      guard();
      const name = filter?.name?.trim().toLowerCase();
      const rows = all('person').filter(
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
      return all('topic').sort((a, b) => a.name.localeCompare(b.name));
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
    async search({ query, types, ...page }) {
      guard();
      if (query.trim().length === 0)
        throw new StoreInputError('"query" must contain at least one word', 'query');
      const wanted = types?.length ? types : (['summit', 'meeting', 'statement', 'person'] as const);
      const hits = wanted.flatMap((type) => hitsOf(type, all(type), query, names));
      return paginate(hits, searchOrder, page);
    },
    async timeline({ from, to, types, ...page }) {
      guard();
      checkWindow({ from, to });
      const entries = timelineEntries(types?.length ? types : ['summit', 'meeting', 'statement']).filter(
        (e) => inWindow(e, from, to),
      );
      return paginate(entries, timelineOrder, page);
    },
    async stats() {
      guard();
      return Object.fromEntries(recordTypes.map((type) => [type, byId[type].size])) as StoreStats;
    },
    async writeDataset(input, options) {
      guard();
      // One write at a time: each is checked against what the one before it left.
      const done = writing.then(() => write(input, options));
      writing = done.catch(() => {});
      return done;
    },
    async onChange(listener) {
      guard();
      // Wrapped: the same function given twice is two subscriptions, each stopped on its own.
      const own = () => listener();
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
