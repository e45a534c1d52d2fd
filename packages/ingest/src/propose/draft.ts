import type { RecordOf, RecordType } from '@parley/domain';
import type { ProposedRecord } from './proposal.ts';

/**
 * The records a proposal builds, by id: a record written twice (a meeting refined by two sentences) is one
 * proposed record, its latest version, with every reason; an update keeps the version recorded before it.
 */
export function createDraft() {
  const records = new Map<string, ProposedRecord>();
  return {
    /** The record as the proposal has it so far, if it has it. */
    get<T extends RecordType>(type: T, id: string): RecordOf<T> | undefined {
      const found = records.get(id);
      return found?.type === type ? (found.record as RecordOf<T>) : undefined;
    },
    /** Proposes a record: new (`before` null) or a new version of the recorded `before`. */
    put<T extends RecordType>(type: T, record: RecordOf<T>, before: RecordOf<T> | null, because: string) {
      const earlier = records.get(record.id);
      records.set(record.id, {
        action: (earlier ? earlier.before : before) ? 'update' : 'create',
        type,
        record,
        before: earlier ? earlier.before : before,
        expectedRevision: 0,
        because: [...(earlier?.because ?? []), because],
      } as ProposedRecord);
    },
    /** Whether an id is taken in the proposal. */
    has: (id: string) => records.has(id),
    records: () => [...records.values()],
  };
}
export type Draft = ReturnType<typeof createDraft>;
