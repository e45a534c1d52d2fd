import Form from 'next/form';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { AS_OF_PARAM, dayLabel, today } from '../../lib/as-of.ts';
import styles from './as-of.module.css';

/**
 * The "as of" control of a public page: a plain GET form (it works without JavaScript) that puts the day in the
 * address, and, when a past day is shown, a banner that says so and leads back to today's record.
 * `keep` carries the page's other parameters (e.g. the statement filters) through a change of day.
 */
export function AsOfPanel({
  path,
  asOf,
  keep = [],
  children,
}: {
  /** The page's address without its query. */
  path: string;
  asOf: string | null;
  keep?: readonly (readonly [string, string])[];
  /** More ways to move through time, e.g. a summit's step links. */
  children?: ReactNode;
}) {
  const kept = new URLSearchParams(keep.map(([name, value]) => [name, value])).toString();
  const todayHref = kept ? `${path}?${kept}` : path;
  return (
    <div className={styles.panel}>
      {asOf ? (
        <p className={styles.banner}>
          <strong>As reported by {dayLabel(asOf)}</strong> — <Link href={todayHref}>see today’s record</Link>
        </p>
      ) : null}
      <Form action={path} className={styles.form} aria-label="The record as of a day">
        {keep.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor="as-of-day">As reported by</label>
        <input
          id="as-of-day"
          name={AS_OF_PARAM}
          type="date"
          required
          max={today()}
          defaultValue={asOf ?? ''}
          aria-describedby="as-of-hint"
        />
        <button type="submit">Show</button>
        {asOf ? <Link href={todayHref}>Today’s record</Link> : null}
        <p id="as-of-hint" className={styles.hint}>
          See this page as the sources Parley cites had reported it by a past day.
        </p>
      </Form>
      {children}
    </div>
  );
}
