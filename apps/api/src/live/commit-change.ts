import { RecordType, type StoreChange } from '@parley/domain';
import type { LiveCommit } from '@parley/schema';

/**
 * The store change a commit heard live amounts to, at least: its records, their lists, and every search (the
 * write may have renamed records of any type in search texts). PostgreSQL's NOTIFY tells the response cache
 * the exact change too, but it may arrive after the commit does through Redis: dropping both ways first means
 * a subscriber's next query never meets an answer older than the event it heard.
 */
export function changeOfCommit(commit: LiveCommit): StoreChange {
  return {
    everything: false,
    ids: commit.records.map((r) => r.id),
    types: [...new Set(commit.records.map((r) => r.type))],
    texts: [...RecordType.options],
    created: commit.records.some((r) => r.kind === 'created'),
  };
}
