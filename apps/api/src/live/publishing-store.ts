import type { Commit, Store } from '@parley/domain';
import { type LiveCommit, liveCommitOf } from '@parley/schema';

/**
 * The store with each commit, once written, published to live subscribers: by the process that made it, from
 * the revisions the commit resolved with (which record, which revision, what kind of change), once per write.
 */
export function publishingCommits(store: Store, publish: (commit: LiveCommit) => void): Store {
  const commit = async (written: Commit) => {
    const revisions = await store.commit(written);
    publish(liveCommitOf(revisions));
    return revisions;
  };
  return new Proxy(store, {
    get: (target, key, receiver) => (key === 'commit' ? commit : Reflect.get(target, key, receiver)),
  });
}
