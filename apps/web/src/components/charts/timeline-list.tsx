import { dayLabel, withAsOf } from '../../lib/as-of.ts';
import type { TimelineItem } from '../../lib/charts/timeline-layout.ts';
import styles from './charts.module.css';

const KINDS = ['Summit', 'Meeting', 'Statement'] as const;

// Plain links: a chart lists hundreds, and next/link would render and hydrate a component for each.

/**
 * The timeline chart in words: a table of every record it draws, by lane, with its date and a link to it; a
 * summit's status changes follow it, each with when it happened and the day it was reported.
 */
export function TimelineList({ items, asOf }: { items: readonly TimelineItem[]; asOf: string | null }) {
  const link = (href: string, text: string) => <a href={withAsOf(href, asOf)}>{text}</a>;
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col">Record</th>
          <th scope="col">When</th>
        </tr>
      </thead>
      <tbody>
        {KINDS.flatMap((kind) =>
          items
            .filter((item) => item.kind === kind)
            .flatMap((item) => [
              <tr key={item.href}>
                <td>{kind}</td>
                <td>{link(item.href, item.text)}</td>
                <td>{item.date?.label ?? 'not yet known'}</td>
              </tr>,
              ...('changes' in item ? item.changes : []).map((change) => (
                <tr key={change.href}>
                  <td>Status change</td>
                  <td>
                    {link(change.href, change.statusLabel)} ({item.text})
                  </td>
                  <td>
                    {change.date?.label ?? 'date not given'}; reported {dayLabel(change.reportedOn)}
                  </td>
                </tr>
              )),
            ]),
        )}
      </tbody>
    </table>
  );
}
