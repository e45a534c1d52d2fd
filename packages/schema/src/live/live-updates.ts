import type { RecordType, StoreChange } from '@parley/domain';

/** What a write did to a record, as live subscribers hear it. */
export type RecordChangeKind = 'created' | 'updated' | 'retracted' | 'restored' | 'merged';

/** One record a commit wrote: which, at which revision, what kind of change, when, and on which summits' pages. */
export interface RecordWrite {
  type: RecordType;
  /** The record's id (not the global id). */
  id: string;
  revision: number;
  kind: RecordChangeKind;
  at: string;
  /** The record ids of the summits whose page shows the record, before or after the change. */
  summitIds: string[];
}

/** One commit as it travels to subscribers: the records written and the summits whose page they change. */
export interface LiveCommit {
  records: RecordWrite[];
  /** The union of the records' `summitIds`. */
  summitIds: string[];
  /** What the commit changed for the response caches of every process: what `Store.onChange` tells, about. */
  change: StoreChange;
}

/** Why a subscription's stream ended early (the event bus went away, the server is stopping). */
export class LiveInterruption {
  constructor(readonly reason: string) {}
}

/**
 * Where subscriptions hear of commits; the server provides it (in process, or through Redis). `subscribe`
 * yields, for each commit from now on, what `pick` makes of it (nothing, one or several values), then a
 * LiveInterruption if the stream ends early; it throws a GraphQLError when the server refuses one more.
 */
export interface LiveUpdates {
  subscribe<T>(pick: (commit: LiveCommit) => readonly T[]): AsyncIterableIterator<T | LiveInterruption>;
}
