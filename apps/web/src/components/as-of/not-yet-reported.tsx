import Link from 'next/link';
import { dayLabel, withAsOf } from '../../lib/as-of.ts';
import styles from './as-of.module.css';

/** Said instead of a record's facts on a day before any source Parley cites reported it. */
export function NotYetReported({
  asOf,
  what,
  path,
  firstReported,
}: {
  asOf: string;
  /** The kind of record, as a reader says it: "summit", "meeting"… */
  what: string;
  path: string;
  firstReported: string | undefined;
}) {
  return (
    <div className={styles.notYet}>
      <p>
        <strong>Not yet reported on {dayLabel(asOf)}.</strong> None of the sources Parley cites had reported
        this {what} by that day.
      </p>
      {firstReported ? (
        <p>
          <Link href={withAsOf(path, firstReported)}>First reported on {dayLabel(firstReported)}</Link>
        </p>
      ) : null}
    </div>
  );
}
