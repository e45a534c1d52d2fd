import type { Dataset, RecordOf } from '../records/dataset.ts';
import type { DatePrecision, RecordType, StatementKind, SummitStatus } from '../records/enums.ts';
import type { StatementRelation } from '../records/statement.ts';
import type { StoreChange } from './change.ts';
import type { ChangesFilter, Commit, Revision } from './revision.ts';

/** Sort direction of a list. */
export type Direction = 'ASC' | 'DESC';

/** Cursor pagination: `first`/`after` walk forward, `last`/`before` walk back. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A window of dates; a record matches when its [earliest, latest] overlaps [from, to]. */
export interface DateWindow {
  from?: string | null;
  to?: string | null;
}

/** Which records a read sees, and as of which day. */
export interface ReadScope {
  /**
   * A day (YYYY-MM-DD): only what the sources had reported by then. A summit, meeting or statement exists from
   * the earliest publication of the sources it cites, and a summit stands as its developments reported by then
   * left it (see `summitAsOf`). Records that cite no source (people, places…) are timeless.
   */
  asOf?: string | null;
  /** Lists retracted records too; they are hidden by default. A person merged into another never is listed. */
  includeRetracted?: boolean | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

/** One page of a list; the size of the whole filtered list is counted only when asked. */
export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  /**
   * How many records the whole filtered list holds. Counting can cost more than the page itself, so a store
   * counts only when this is called, at most once per page (memoised), unless the count came free with the page.
   */
  totalCount: () => Promise<number>;
}

export interface SummitFilter {
  statuses?: SummitStatus[] | null;
  participantIds?: string[] | null;
}
export type SummitOrderField = 'DATE' | 'ORDINAL' | 'TITLE';

export interface MeetingFilter extends DateWindow {
  participantIds?: string[] | null;
  summitIds?: string[] | null;
  topicIds?: string[] | null;
}
export type MeetingOrderField = 'DATE' | 'TITLE';

export interface StatementFilter extends DateWindow {
  speakerIds?: string[] | null;
  organizationIds?: string[] | null;
  topicIds?: string[] | null;
  kinds?: StatementKind[] | null;
  summitIds?: string[] | null;
  meetingIds?: string[] | null;
  /** Words that must occur in the quote or paraphrase (full-text). */
  text?: string | null;
}
export type StatementOrderField = 'DATE' | 'SLUG';

export interface PersonFilter {
  /** Part of a name or alias. */
  name?: string | null;
  organizationIds?: string[] | null;
}
export type PersonOrderField = 'NAME';

export interface Order<F extends string> {
  field: F;
  direction: Direction;
}

export interface ListArgs<F, O extends string> extends PageArgs, ReadScope {
  filter?: F | null;
  orderBy?: Order<O> | null;
}

/** The record types few enough to be read whole. */
export type DirectoryType = 'place' | 'organization';

/** The record types that full-text search and the timeline return. */
export type SearchableType = 'summit' | 'meeting' | 'statement' | 'person';
export type TimelineType = 'summit' | 'meeting' | 'statement';

/** A search result: what matched, how well, and the matched words for highlighting. */
export interface SearchHit {
  type: SearchableType;
  id: string;
  rank: number;
  /** The words of the query that matched, lowercased, for highlighting. */
  matches: string[];
}

export interface SearchArgs extends PageArgs, ReadScope {
  query: string;
  types?: SearchableType[] | null;
}

/** A dated record on the timeline, ordered by earliest then latest date. */
export interface TimelineEntry {
  type: TimelineType;
  id: string;
  earliest: string;
  latest: string;
  precision: DatePrecision;
}

export interface TimelineArgs extends DateWindow, PageArgs, ReadScope {
  types?: TimelineType[] | null;
}

/** A relation between two statements, seen from either end. */
export interface StatementRelationEdge extends StatementRelation {
  sourceId: string;
  direction: 'OUTGOING' | 'INCOMING';
}

/** Counts by record type. */
export type StoreStats = Record<RecordType, number>;

/** Records to write, by type, as any caller may hand them in: each one is validated before anything is written. */
export type DatasetInput = { [K in keyof Dataset]?: readonly unknown[] };

export interface WriteOptions {
  /** Called as records are written: how many so far, of how many in all. */
  onProgress?: (written: number, total: number) => void;
  /** Who the revisions of the records name (an account id); `"import"` when not given. */
  actor?: string;
}

/**
 * What Parley stores and how it is read: the reads the GraphQL layer speaks to, and validated writes that keep
 * every change of every record as a revision. Loads
 * take batches so that DataLoader can turn N lookups into one call; results come back in the order of the ids
 * asked, null for unknown ones.
 */
export interface Store {
  load<T extends RecordType>(type: T, ids: readonly string[]): Promise<(RecordOf<T> | null)[]>;
  loadBySlug<T extends RecordType>(type: T, slugs: readonly string[]): Promise<(RecordOf<T> | null)[]>;
  listSummits(args: ListArgs<SummitFilter, SummitOrderField>): Promise<Page<RecordOf<'summit'>>>;
  listMeetings(args: ListArgs<MeetingFilter, MeetingOrderField>): Promise<Page<RecordOf<'meeting'>>>;
  listStatements(args: ListArgs<StatementFilter, StatementOrderField>): Promise<Page<RecordOf<'statement'>>>;
  listPeople(args: ListArgs<PersonFilter, PersonOrderField>): Promise<Page<RecordOf<'person'>>>;
  /** Every topic not retracted, by name. */
  listTopics(): Promise<RecordOf<'topic'>[]>;
  /** Every place or organization not retracted, by id: few enough to match names against (ingestion). */
  listAll<T extends DirectoryType>(type: T): Promise<RecordOf<T>[]>;
  /** Relations of each statement, outgoing and incoming, in the order of the ids asked. */
  loadRelations(statementIds: readonly string[]): Promise<StatementRelationEdge[][]>;
  /** The places enclosing each place, nearest first, in the order of the ids asked (empty for an unknown id). */
  enclosingPlaces(placeIds: readonly string[]): Promise<RecordOf<'place'>[][]>;
  search(args: SearchArgs): Promise<Page<SearchHit>>;
  timeline(args: TimelineArgs): Promise<Page<TimelineEntry>>;
  stats(): Promise<StoreStats>;
  /**
   * Adds records, or replaces those whose id the store holds (with their lists), all or nothing, appending a
   * revision for each (by `options.actor`, or `"import"`), then tells the `onChange` listeners. Every record is
   * validated; each reference must name a record of the right type in `dataset` or in the store, no slug may be
   * another record's, and what a record quotes from a source whose text is stored must occur in it. Otherwise
   * throws a DatasetError naming every problem, and writes nothing. Resolves with how many records of each type
   * were written. For bulk imports: it checks no revision (see `commit`).
   */
  writeDataset(dataset: DatasetInput, options?: WriteOptions): Promise<StoreStats>;
  /**
   * Writes records all or none, in one transaction, if each is at the revision its writer read
   * (`expectedRevision`; 0 when it must not exist yet): otherwise throws a RevisionConflict and writes nothing.
   * Two commits on the same revision of a record never both succeed. Records are validated as by
   * `writeDataset` (a DatasetError names each problem). Writes only the records put (their lists and search
   * texts, and those of records whose search text names them), appends one revision per record, then tells the
   * `onChange` listeners. Resolves with the revisions, in the order of the puts.
   */
  commit(commit: Commit): Promise<Revision[]>;
  /** The records that refer to the record `id` (in any field, list or citation), by type and id. */
  referrers(id: string): Promise<{ type: RecordType; id: string }[]>;
  /** The current revision of each id (0 for one the store does not hold), in the order asked. */
  revisions(ids: readonly string[]): Promise<number[]>;
  /** A record's revisions, newest first. */
  history(recordId: string, page: PageArgs): Promise<Page<Revision>>;
  /** The audit log: every record's revisions, newest first (by time, then record id and revision). */
  changes(args: ChangesFilter & PageArgs): Promise<Page<Revision>>;
  /**
   * Calls `listener` after the data changes (a write through this store, or e.g. `db import` from another
   * process into a shared PostgreSQL) with what changed: the records written and those whose search text the
   * write recomputed, or `everything` when the store cannot say, so caches drop what it touches. Resolves once
   * listening, with a function that stops listening.
   */
  onChange(listener: (change: StoreChange) => void): Promise<() => Promise<void>>;
  /** Resolves when the store can answer queries; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Why a Store refused a request: a bad cursor, a page too large, a malformed date. */
export class StoreInputError extends Error {
  override name = 'StoreInputError';
  constructor(
    message: string,
    readonly argument: string,
  ) {
    super(message);
  }
}
