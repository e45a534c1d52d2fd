import Link from 'next/link';
import styles from './history.module.css';

/** Links between pages of a newest-first list: back to the newest, on to older ones. */
export function Pager({
  label,
  newest,
  older,
}: {
  label: string;
  newest: string | null;
  older: string | null;
}) {
  if (!newest && !older) return null;
  return (
    <nav aria-label={label} className={styles.pager}>
      {newest ? <Link href={newest}>Newest changes</Link> : null}
      {older ? <Link href={older}>Older changes</Link> : null}
    </nav>
  );
}
