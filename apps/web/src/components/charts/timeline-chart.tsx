import type { ReactNode } from 'react';
import type { DayRange } from '../../lib/charts/time-axis.ts';
import { layoutTimeline, type TimelineItem } from '../../lib/charts/timeline-layout.ts';
import { TimelineLegend } from './chart-legend.tsx';
import styles from './charts.module.css';
import { ScrollRegion } from './scroll-region.tsx';
import { TimelineList } from './timeline-list.tsx';
import { TimelineSvg } from './timeline-svg.tsx';
import { ZoomPeriods } from './zoom-periods.tsx';

const FULL = { width: 960, maxRows: 8, tickCount: 8 };
const COMPACT = { width: 720, maxRows: 3, tickCount: 5 };

/**
 * A timeline drawn on the server: summits, meetings and statements in lanes over `range`, each mark linked to
 * its record, with the same records listed in words for screen readers and keyboards. `controls` (zoom) sit
 * above the drawing, `note` below it.
 */
export function TimelineChart({
  id,
  items,
  range,
  asOf,
  compact = false,
  title,
  controls,
  zoomPath,
  note,
}: {
  id: string;
  items: readonly TimelineItem[];
  range: DayRange | null;
  asOf: string | null;
  compact?: boolean;
  title: string;
  controls?: ReactNode;
  /** The page whose address the axis's periods zoom, when the chart can zoom. */
  zoomPath?: string;
  note?: ReactNode;
}) {
  const layout = range ? layoutTimeline(items, compact ? COMPACT : FULL, range) : null;
  return (
    <figure className={`${styles.figure} ${compact ? styles.compact : ''}`} aria-labelledby={`${id}-title`}>
      <figcaption className={styles.caption} id={`${id}-title`}>
        <strong>{title}</strong>
      </figcaption>
      {controls}
      {layout ? (
        <>
          <ScrollRegion label={`${title}: the drawing`}>
            <TimelineSvg layout={layout} />
          </ScrollRegion>
          <TimelineLegend />
          {zoomPath ? <ZoomPeriods path={zoomPath} axis={layout.axis} asOf={asOf} /> : null}
        </>
      ) : (
        <p className={styles.note}>No dated records to draw in this range.</p>
      )}
      {note}
      {items.length > 0 ? (
        <details className={styles.alternative}>
          <summary>The chart in words</summary>
          <TimelineList items={items} asOf={asOf} />
        </details>
      ) : null}
    </figure>
  );
}
