import type { ReactNode, SVGProps } from 'react';
import styles from './charts.module.css';

/**
 * A chart's drawing: scaled to its box, and hidden from assistive technology, which reads the words beside it
 * (each chart gives its records as a list or table). `chart` names it for tests and styles.
 */
export function ChartSvg({
  width,
  height,
  chart,
  children,
  ...data
}: { width: number; height: number; chart: string; children: ReactNode } & SVGProps<SVGSVGElement>) {
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
      data-chart={chart}
      {...data}
    >
      {children}
    </svg>
  );
}
