import styles from './retracted-notice.module.css';

/** At the top of a retracted record's page: that Parley withdrew it, and the admin's reason. Nothing otherwise. */
export function RetractedNotice({ reason }: { reason: string | null }) {
  if (reason === null) return null;
  return (
    <div role="note" aria-label="Retracted" className={styles.notice}>
      <p>
        <strong>Retracted:</strong> {reason}
      </p>
      <p>
        Parley no longer stands by this record. It stays at this address so links to it keep working, but is
        left out of lists and search.
      </p>
    </div>
  );
}
