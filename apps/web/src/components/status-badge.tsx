import type { EnumOf } from '../graphql.ts';
import { SUMMIT_STATUS_LABELS } from '../lib/labels.ts';
import styles from './status-badge.module.css';

/** A summit's status as a label; the word carries the meaning, the colour only repeats it. */
export function StatusBadge({ status }: { status: EnumOf<'SummitStatus'> }) {
  return (
    <span className={`${styles.badge} ${styles[status.toLowerCase()] ?? ''}`}>
      {SUMMIT_STATUS_LABELS[status]}
    </span>
  );
}
