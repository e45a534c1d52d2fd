import type { ReactNode } from 'react';
import { type FragmentOf, readFragment } from '../../graphql.ts';
import { actorLabel } from '../../lib/history/actor.ts';
import styles from './history.module.css';
import { RevisionChanges } from './revision-changes.tsx';
import { RevisionFragment } from './revision-fragment.ts';
import { UtcTime } from './utc-time.tsx';

/** One revision in a record's history: its number, who made it, when and why, and what it changed. */
export function RevisionEntry({
  revision,
  current,
  children,
}: {
  revision: FragmentOf<typeof RevisionFragment>;
  /** Whether it is the record as it stands now. */
  current: boolean;
  /** What an admin may do with it (revert to it). */
  children?: ReactNode;
}) {
  const r = readFragment(RevisionFragment, revision);
  const heading = `revision-${r.revision}`;
  return (
    <li className={styles.revision}>
      <article aria-labelledby={heading}>
        <h2 id={heading}>
          Revision {r.revision}
          {current ? <span className={styles.current}> (current)</span> : null}
        </h2>
        <p className={styles.meta}>
          By <strong>{actorLabel(r)}</strong> on <UtcTime iso={r.at} />
        </p>
        <p>{r.reason ? <>Why: {r.reason}</> : <span className={styles.meta}>No reason was given.</span>}</p>
        <RevisionChanges before={r.before} after={r.after} />
        {children}
      </article>
    </li>
  );
}
