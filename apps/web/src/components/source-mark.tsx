import Link from 'next/link';
import styles from './source-mark.module.css';

/**
 * A small "source" link after a fact, to the excerpt that supports it; its accessible name says which fact,
 * e.g. "Source of the date". Nothing when the fact has no recorded source.
 */
export function SourceMark({ href, fact }: { href: string | null; fact: string }) {
  if (!href) return null;
  return (
    <sup className={styles.mark}>
      <Link href={href} aria-label={`Source of ${fact}`}>
        source
      </Link>
    </sup>
  );
}
