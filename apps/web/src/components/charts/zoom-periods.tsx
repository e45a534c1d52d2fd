import Link from 'next/link';
import { zoomHref } from '../../lib/charts/chart-range.ts';
import type { TimeAxis } from '../../lib/charts/time-axis.ts';
import styles from './charts.module.css';

/** Links that zoom to each period the axis names (all but one that is already the whole view). */
export function ZoomPeriods({ path, axis, asOf }: { path: string; axis: TimeAxis; asOf: string | null }) {
  const ticks = axis.ticks.filter((t) => t.zoom.from !== axis.range.from || t.zoom.to !== axis.range.to);
  if (ticks.length === 0) return null;
  return (
    <nav aria-label="Zoom to a period">
      <p className={styles.periods}>
        <span>Zoom to:</span>
        {ticks.map((tick) => (
          <Link key={tick.zoom.from} href={zoomHref(path, tick.zoom, asOf)}>
            {tick.label}
          </Link>
        ))}
      </p>
    </nav>
  );
}
