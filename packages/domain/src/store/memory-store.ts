import { isIsoDate } from '../fuzzy-date/calendar.ts';
import { inWindow } from '../fuzzy-date/compare.ts';
import { type Dataset, datasetKeys, type RecordOf } from '../records/dataset.ts';
import type { RecordType } from '../records/enums.ts';
import { type CursorKey, NO_DATE, paginate } from './paging.ts';
import {
  type DateWindow,
  type SearchableType,
  type SearchHit,
  type StatementRelationEdge,
  type Store,
  StoreInputError,
  type TimelineEntry,
  type TimelineType,
} from './port.ts';
import { SIMILARITY_THRESHOLD, scoreText, similarity, type WeightedText } from './text-match.ts';

type Indexed = { [T in RecordType]: Map<string, RecordOf<T>> };

const dateKey = (date: { earliest: string; latest: string } | null): CursorKey =>
  date ? [date.earliest, date.latest] : [NO_DATE, NO_DATE];

const anyOf = <T>(wanted: readonly T[] | null | undefined, values: readonly T[]) =>
  !wanted || wanted.length === 0 || values.some((v) => wanted.includes(v));

function checkWindow(window: DateWindow): void {
  for (const name of ['from', 'to'] as const) {
    const value = window[name];
    if (value != null && !isIsoDate(value)) {
      throw new StoreInputError(`"${name}" is "${value}"; expected a date in the form YYYY-MM-DD`, name);
    }
  }
  if (window.from && window.to && window.from > window.to) {
    throw new StoreInputError(`"from" (${window.from}) is after "to" (${window.to})`, 'from');
  }
}

/** A real Store over a dataset held in memory: the reference for every other Store and for tests. */
export function createMemoryStore(dataset: Dataset): Store {
  const byId = {} as Indexed;
  const bySlug = {} as Indexed;
  for (const [type, key] of Object.entries(datasetKeys) as [RecordType, keyof Dataset][]) {
    byId[type] = new Map(dataset[key].map((r) => [r.id, r])) as never;
    bySlug[type] = new Map(dataset[key].map((r) => [r.slug, r])) as never;
  }
  const all = <T extends RecordType>(type: T) => [...byId[type].values()] as RecordOf<T>[];
  const nameOf = (personId: string | null) => (personId ? (byId.person.get(personId)?.name ?? '') : '');
  const topicNames = (ids: string[]) => ids.map((id) => byId.topic.get(id)?.name ?? '').join(' ');
  let closed = false;

  const searchFields: { [T in SearchableType]: (r: RecordOf<T>) => WeightedText[] } = {
    person: (p) => [
      { text: [p.name, ...p.aliases].join(' '), weight: 1 },
      { text: p.roles.map((r) => r.title).join(' '), weight: 0.4 },
    ],
    summit: (s) => [
      { text: s.title, weight: 1 },
      { text: topicNames(s.topicIds), weight: 0.4 },
      { text: s.developments.map((d) => d.description).join(' '), weight: 0.2 },
    ],
    meeting: (m) => [
      { text: m.title, weight: 1 },
      { text: `${m.description ?? ''} ${topicNames(m.topicIds)}`, weight: 0.4 },
      { text: m.participants.map((p) => nameOf(p.personId)).join(' '), weight: 0.2 },
    ],
    statement: (s) => [
      { text: s.quote ?? '', weight: 1 },
      { text: `${s.paraphrase ?? ''} ${topicNames(s.topicIds)}`, weight: 0.4 },
      { text: nameOf(s.speakerId), weight: 0.2 },
    ],
  };

  function hitsOf<T extends SearchableType>(type: T, query: string): SearchHit[] {
    const hits: SearchHit[] = [];
    for (const record of all(type)) {
      const scored = scoreText(query, searchFields[type](record as never));
      if (scored) {
        hits.push({ type, id: record.id, ...scored });
        continue;
      }
      if (type !== 'person') continue;
      // Names are often misspelled ("Pompeio"): fall back to trigram similarity on name and aliases.
      const person = record as RecordOf<'person'>;
      const best = Math.max(...[person.name, ...person.aliases].map((n) => similarity(query, n)));
      if (best >= SIMILARITY_THRESHOLD) hits.push({ type, id: record.id, rank: best, matches: [] });
    }
    return hits;
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
      const field = orderBy?.field ?? 'DATE';
      const keyOf = (s: RecordOf<'summit'>): CursorKey =>
        field === 'ORDINAL'
          ? [s.ordinal ?? Number.MAX_SAFE_INTEGER, s.id]
          : field === 'TITLE'
            ? [s.title.toLowerCase(), s.id]
            : [...dateKey(s.date), s.id];
      return paginate(rows, keyOf, { ...page, direction: orderBy?.direction });
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
      const keyOf = (m: RecordOf<'meeting'>): CursorKey =>
        orderBy?.field === 'TITLE' ? [m.title.toLowerCase(), m.id] : [...dateKey(m.date), m.id];
      return paginate(rows, keyOf, { ...page, direction: orderBy?.direction });
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
          (!text || scoreText(text, searchFields.statement(s)) !== null),
      );
      const keyOf = (s: RecordOf<'statement'>): CursorKey =>
        orderBy?.field === 'SLUG' ? [s.slug, s.id] : [...dateKey(s.date), s.id];
      return paginate(rows, keyOf, { ...page, direction: orderBy?.direction });
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
      return paginate(rows, (p) => [p.name.toLowerCase(), p.id], { ...page, direction: orderBy?.direction });
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
      const hits = wanted.flatMap((type) => hitsOf(type, query));
      // Best first: rank descending, then type and id so equal ranks keep a stable order for cursors.
      return paginate(hits, (h) => [-h.rank, h.type, h.id], page);
    },
    async timeline({ from, to, types, ...page }) {
      guard();
      checkWindow({ from, to });
      const entries = timelineEntries(types?.length ? types : ['summit', 'meeting', 'statement']).filter(
        (e) => inWindow(e, from, to),
      );
      return paginate(entries, (e) => [e.earliest, e.latest, e.type, e.id], page);
    },
    async stats() {
      guard();
      return Object.fromEntries(
        (Object.keys(datasetKeys) as RecordType[]).map((type) => [type, byId[type].size]),
      ) as Record<RecordType, number>;
    },
    // The dataset never changes under a memory store: there is nothing to announce.
    async onChange() {
      guard();
      return async () => {};
    },
    async ping() {
      guard();
    },
    async close() {
      closed = true;
    },
  };
}
