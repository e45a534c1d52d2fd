import type { RecordOf, RecordType } from '@parley/domain';

/** One record the article yields: a new one, or a new version of one recorded. */
export type ProposedRecord = {
  [T in RecordType]: {
    action: 'create' | 'update';
    type: T;
    record: RecordOf<T>;
    /** The recorded version it changes; null for a new record. */
    before: RecordOf<T> | null;
    /** The revision the proposal read: what applying it expects (0 for a new record). */
    expectedRevision: number;
    /** The article's words that produced it, and how its names were matched. */
    because: string[];
  };
}[RecordType];

/** What an article yields, for an editor to review: its source (the body as its text) first, then the records. */
export interface Proposal {
  sourceId: string;
  records: ProposedRecord[];
}
