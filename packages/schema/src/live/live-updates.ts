import type { RecordType } from '@parley/domain';

/** What a write did to a record, as live subscribers hear it. */
export type RecordChangeKind = 'created' | 'updated' | 'retracted' | 'restored' | 'merged';

/** One record a commit wrote: which, at which revision, what kind of change, and when. */
export interface RecordWrite {
  type: RecordType;
  /** The record's id (not the global id). */
  id: string;
  revision: number;
  kind: RecordChangeKind;
  at: string;
}

/** One commit as it travels to subscribers: the records written and the summits whose page they change. */
export interface LiveCommit {
  records: RecordWrite[];
  summitIds: string[];
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
