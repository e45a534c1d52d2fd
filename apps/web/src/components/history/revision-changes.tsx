import { createdFields, diffRecords } from '../../lib/history/record-diff.ts';
import styles from './history.module.css';
import { PiecesText } from './pieces-text.tsx';

/** What a revision did: a new record's main fields, or each field it changed. */
export function RevisionChanges({ before, after }: { before: unknown; after: unknown }) {
  if (before == null) {
    return (
      <>
        <p>Created with:</p>
        <dl className={styles.created}>
          {createdFields(after).map(({ field, value }) => (
            <div key={field}>
              <dt>{field}</dt>
              <dd>
                <PiecesText pieces={value} />
              </dd>
            </div>
          ))}
        </dl>
      </>
    );
  }
  const changes = diffRecords(before, after);
  if (changes.length === 0) return <p>No field changed: the record was written again as it was.</p>;
  return (
    <ul className={styles.changes}>
      {changes.map(({ field, what }, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: two changes can read alike (the same citation added twice)
        <li key={index}>
          <strong>{field}</strong>
          <PiecesText pieces={what} />
        </li>
      ))}
    </ul>
  );
}
