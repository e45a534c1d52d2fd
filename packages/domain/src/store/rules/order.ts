import type { RecordOf } from '../../records/dataset.ts';
import type {
  MeetingOrderField,
  Order,
  PersonOrderField,
  SearchHit,
  StatementOrderField,
  SummitOrderField,
  TimelineEntry,
} from '../port.ts';
import type { Revision } from '../revision.ts';

/** What one part of a sort key holds: cursors are checked against it, and a database casts by it. */
export type KeyKind = 'text' | 'date' | 'timestamp' | 'integer' | 'float';

type ValueOf<K extends KeyKind> = K extends 'text' | 'date' | 'timestamp' ? string : number;

/** The values of a key whose parts are of the kinds `K`. */
export type KeyValues<K extends readonly KeyKind[]> = { -readonly [I in keyof K]: ValueOf<K[I]> };

/** A position in an ordered list: the sort key values of a record, its id last to break ties (never null). */
export type CursorKey = (string | number)[];

/** How a list sorts: the kinds of its key's parts, and the key of one item (its cursor, once encoded). */
export interface SortKey<T, K extends readonly KeyKind[] = readonly KeyKind[]> {
  kinds: K;
  keyOf: (item: T) => KeyValues<K>;
}

/** The orders a list offers, by field, and the field it sorts by when none is asked. */
export interface ListOrder<
  T,
  F extends string,
  Keys extends { [f in F]: SortKey<T> } = { [f in F]: SortKey<T> },
> {
  fallback: F;
  by: Keys;
}

/** Where a missing date sorts: after every real one, as a key that a cursor can hold. */
export const NO_DATE = '9999-12-31';
/** Where a missing ordinal sorts: after every real one. */
export const NO_ORDINAL = Number.MAX_SAFE_INTEGER;

/** A date's part of a sort key: earliest, then latest day; a missing date last. */
const dateKey = (date: { earliest: string; latest: string } | null): [string, string] =>
  date ? [date.earliest, date.latest] : [NO_DATE, NO_DATE];

/** Titles and names sort without regard to case. */
export const textKey = (text: string) => text.toLowerCase();

/** A sort key over items of type `T`, its kinds kept as a tuple so a store can match each part with a column. */
const keyOver =
  <T>() =>
  <const K extends readonly KeyKind[]>(kinds: K, keyOf: (item: T) => KeyValues<K>): SortKey<T, K> => ({
    kinds,
    keyOf,
  });

const summit = keyOver<RecordOf<'summit'>>();
const meeting = keyOver<RecordOf<'meeting'>>();
const statement = keyOver<RecordOf<'statement'>>();
const person = keyOver<RecordOf<'person'>>();

export const summitOrder = {
  fallback: 'DATE',
  by: {
    DATE: summit(['date', 'date', 'text'], (s) => [...dateKey(s.date), s.id]),
    ORDINAL: summit(['integer', 'text'], (s) => [s.ordinal ?? NO_ORDINAL, s.id]),
    TITLE: summit(['text', 'text'], (s) => [textKey(s.title), s.id]),
  },
} satisfies ListOrder<RecordOf<'summit'>, SummitOrderField>;

export const meetingOrder = {
  fallback: 'DATE',
  by: {
    DATE: meeting(['date', 'date', 'text'], (m) => [...dateKey(m.date), m.id]),
    TITLE: meeting(['text', 'text'], (m) => [textKey(m.title), m.id]),
  },
} satisfies ListOrder<RecordOf<'meeting'>, MeetingOrderField>;

export const statementOrder = {
  fallback: 'DATE',
  by: {
    DATE: statement(['date', 'date', 'text'], (s) => [...dateKey(s.date), s.id]),
    SLUG: statement(['text', 'text'], (s) => [s.slug, s.id]),
  },
} satisfies ListOrder<RecordOf<'statement'>, StatementOrderField>;

export const personOrder = {
  fallback: 'NAME',
  by: { NAME: person(['text', 'text'], (p) => [textKey(p.name), p.id]) },
} satisfies ListOrder<RecordOf<'person'>, PersonOrderField>;

/** Search results, best first: rank descending, then type and id so equal ranks keep a stable order. */
export const searchOrder = keyOver<SearchHit>()(['float', 'text', 'text'], (h) => [-h.rank, h.type, h.id]);

/** The timeline: earliest, then latest day, then type and id. */
export const timelineOrder = keyOver<TimelineEntry>()(['date', 'date', 'text', 'text'], (e) => [
  e.earliest,
  e.latest,
  e.type,
  e.id,
]);

/** A record's history, read newest first: by revision number. */
export const historyOrder = keyOver<Revision>()(['integer'], (r) => [r.revision]);

/** The audit log, read newest first: by time, then record id and revision (a commit's revisions share a time). */
export const changesOrder = keyOver<Revision>()(['timestamp', 'text', 'integer'], (r) => [
  r.at,
  r.recordId,
  r.revision,
]);

/** The order a list request asks for: the field (the list's fallback when none), its sort key and direction. */
export function sortOf<T, F extends string>(order: ListOrder<T, F>, asked: Order<F> | null | undefined) {
  const field = asked?.field ?? order.fallback;
  return { field, key: order.by[field], direction: asked?.direction ?? 'ASC' } as const;
}
