import type { Mark, TimelineLayout } from '../../lib/charts/timeline-layout.ts';
import { ChartSvg } from './chart-svg.tsx';
import styles from './charts.module.css';

const BAR = 10;
const DOT = 5;

/** A window as a bar, a day as a dot; an edge the chart cuts is drawn open. */
function Shape({
  mark,
  className,
  diamond = false,
}: {
  mark: Mark<unknown>;
  className: string | undefined;
  diamond?: boolean;
}) {
  if (mark.point && diamond)
    return (
      <path
        className={className}
        d={`M${mark.x} ${mark.y - 1}l${DOT} ${DOT}l${-DOT} ${DOT}l${-DOT} ${-DOT}z`}
        data-shape="point"
      />
    );
  if (mark.point)
    return <circle className={className} cx={mark.x} cy={mark.y + BAR / 2} r={DOT} data-shape="point" />;
  return (
    <rect
      className={className}
      x={mark.x}
      y={mark.y}
      width={mark.width}
      height={diamond ? BAR - 2 : BAR}
      rx={mark.cutStart || mark.cutEnd ? 0 : 2}
      data-shape="bar"
    />
  );
}

/** A summit's name over its mark: from the mark's start, or ending at its end in the right half of the chart. */
function SummitLabel(props: {
  mark: Mark<unknown> | null;
  left: number;
  right: number;
  y: number;
  text: string;
}) {
  const { mark, left, right, y, text } = props;
  const end = mark !== null && mark.x > (left + right) / 2;
  const x = mark === null ? left : end ? mark.x + mark.width : mark.x;
  return (
    <text className={styles.label} x={x} y={y} textAnchor={end ? 'end' : 'start'}>
      {text}
    </text>
  );
}

/** A mark linked to the record it draws; the text alternative below carries the same links for keyboards and screen readers. */
function Linked({ href, title, children }: { href: string; title: string; children: React.ReactNode }) {
  return (
    <a href={href} tabIndex={-1} data-href={href}>
      <title>{title}</title>
      {children}
    </a>
  );
}

/**
 * The drawing of a laid-out timeline: lanes of marks over a day axis, each summit with its strip of status
 * changes. Hidden from assistive technology, which reads the list the figure gives beside it.
 */
export function TimelineSvg({ layout }: { layout: TimelineLayout }) {
  const { axis } = layout;
  return (
    <ChartSvg
      width={layout.width}
      height={layout.height}
      chart="timeline"
      data-from={axis.range.from}
      data-to={axis.range.to}
    >
      {[...(layout.summitLane ? [{ ...layout.summitLane, title: 'Summits' }] : []), ...layout.lanes].map(
        (lane, i) => (
          <g key={lane.title}>
            {i % 2 === 0 ? (
              <rect className={styles.laneBand} x={0} y={lane.y} width={layout.width} height={lane.height} />
            ) : null}
            <text className={styles.laneTitle} x={axis.left} y={lane.y + 15}>
              {lane.title}
            </text>
          </g>
        ),
      )}
      {axis.ticks.map((tick) => (
        <line
          key={tick.zoom.from}
          className={styles.grid}
          x1={tick.x}
          x2={tick.x}
          y1={0}
          y2={layout.axisY}
          data-day={tick.zoom.from}
        />
      ))}
      {layout.summitLane?.rows.map((row) => (
        <g
          key={row.summit.href}
          data-kind="Summit"
          data-title={row.summit.text}
          data-earliest={row.summit.date?.earliest}
          data-latest={row.summit.date?.latest}
        >
          <Linked
            href={row.summit.href}
            title={`${row.summit.text}: ${row.summit.date?.label ?? 'date not yet known'}`}
          >
            <SummitLabel
              mark={row.mark}
              left={axis.left}
              right={axis.right}
              y={row.labelY}
              text={row.summit.text}
            />
            {row.mark ? <Shape mark={row.mark} className={styles.summit} /> : null}
          </Linked>
          {row.changes.map((change) => (
            <g
              key={change.item.href}
              data-status={change.item.status}
              data-earliest={change.item.date?.earliest}
              data-latest={change.item.date?.latest}
            >
              <Linked
                href={change.item.href}
                title={`${change.item.statusLabel}: ${change.item.date?.label}, reported ${change.item.reportedOn}`}
              >
                <Shape mark={change} className={styles[change.item.status.toLowerCase()]} diamond />
                {change.labelled ? (
                  <text
                    className={styles.changeLabel}
                    x={(change.point ? change.x + DOT : change.x + change.width) + 3}
                    y={change.y + 8}
                  >
                    {change.item.statusLabel}
                  </text>
                ) : null}
              </Linked>
            </g>
          ))}
        </g>
      ))}
      {layout.lanes.map((lane) =>
        lane.marks.map((mark) => (
          <g
            key={mark.item.href}
            data-kind={lane.kind}
            data-earliest={mark.item.date.earliest}
            data-latest={mark.item.date.latest}
          >
            <Linked href={mark.item.href} title={`${mark.item.text}: ${mark.item.date.label}`}>
              <Shape mark={mark} className={styles[lane.kind.toLowerCase()]} />
            </Linked>
          </g>
        )),
      )}
      <line className={styles.axis} x1={axis.left} x2={axis.right} y1={layout.axisY} y2={layout.axisY} />
      {axis.ticks.map((tick) => (
        <g key={tick.zoom.from}>
          <line className={styles.axis} x1={tick.x} x2={tick.x} y1={layout.axisY} y2={layout.axisY + 5} />
          <text
            className={styles.tickLabel}
            x={tick.x}
            y={layout.axisY + 19}
            textAnchor={tick.x > axis.right - 30 ? 'end' : 'start'}
          >
            {tick.label}
          </text>
        </g>
      ))}
    </ChartSvg>
  );
}
