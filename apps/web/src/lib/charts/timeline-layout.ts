import { dayNumber } from './days.ts';
import { packRows } from './pack-rows.ts';
import { textWidth } from './text-width.ts';
import { type DayRange, type TimeAxis, timeAxis } from './time-axis.ts';

/** A fuzzy date as the chart draws it: its whole window, and its words. */
export interface DateSpan {
  earliest: string;
  latest: string;
  label: string;
}

export type TimelineKind = 'Summit' | 'Meeting' | 'Statement';

/** A record on the chart, with the page it links to. */
export interface ChartRecord {
  kind: TimelineKind;
  href: string;
  text: string;
  date: DateSpan;
}

/** One reported change of a summit's status: when it happened (null when the source gives no date) and when it was reported. */
export interface StatusChange {
  status: string;
  statusLabel: string;
  date: DateSpan | null;
  reportedOn: string;
  href: string;
}

/** A summit (its date null while unknown) with its status changes, in the order they were reported. */
export interface ChartSummit extends Omit<ChartRecord, 'date'> {
  kind: 'Summit';
  date: DateSpan | null;
  changes: StatusChange[];
}

/** Anything the timeline draws. */
export type TimelineItem = ChartRecord | ChartSummit;

/** A record drawn as a bar over its window, or a point when it is known to the day. */
export interface Mark<T = ChartRecord> {
  item: T;
  x: number;
  width: number;
  y: number;
  point: boolean;
  /** The window runs on before the chart's first day or after its last. */
  cutStart: boolean;
  cutEnd: boolean;
}

export interface Lane {
  kind: TimelineKind;
  title: string;
  y: number;
  height: number;
  marks: Mark[];
}

/** A status change on a summit's strip; `labelled` when its words fit before the next mark on its row. */
export type ChangeMark = Mark<StatusChange> & { labelled: boolean };

/** A summit's row: its own date (no mark when unknown or out of view) and, beneath it, the strip of its dated status changes. */
export interface SummitRow {
  summit: ChartSummit;
  mark: Mark<ChartSummit> | null;
  labelY: number;
  changes: ChangeMark[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  axis: TimeAxis;
  axisY: number;
  summitLane: { y: number; height: number; rows: SummitRow[] } | null;
  lanes: Lane[];
}

/** Sizes of the drawing, in SVG units; `width` is the viewBox's. */
export interface TimelineSize {
  width: number;
  /** At most this many rows per lane of meetings or statements before marks share rows. */
  maxRows: number;
  tickCount: number;
}

const PAD = 12;
const LANE_TITLE = 22;
const ROW = 16;
const BAR = 10;
const DOT = 5;
const SUMMIT_LABEL = 14;
const STRIP_ROW = 12;
const AXIS = 34;
/** Narrower than this, a window is drawn as a point: it is a day, or too short to read as a span. */
const MIN_BAR = 3;

/** The span of days every record and dated change covers; null when there is none. */
export function dataRange(records: readonly TimelineItem[]): DayRange | null {
  const windows = records.flatMap((r) => [
    ...(r.date ? [r.date] : []),
    ...('changes' in r ? r.changes.flatMap((c) => (c.date ? [c.date] : [])) : []),
  ]);
  if (windows.length === 0) return null;
  // ISO days sort as text.
  const from = windows.map((d) => d.earliest).sort()[0] as string;
  const to = windows
    .map((d) => d.latest)
    .sort()
    .at(-1) as string;
  return { from, to };
}

/** Where a window falls on the axis, cut to the chart's days; null when it lies wholly outside them. */
function place<T>(item: T, date: DateSpan, axis: TimeAxis, y: number): Mark<T> | null {
  const first = dayNumber(axis.range.from);
  const last = dayNumber(axis.range.to);
  const start = dayNumber(date.earliest);
  const end = dayNumber(date.latest);
  if (end < first || start > last) return null;
  const left = axis.x(Math.max(start, first));
  const right = axis.x(Math.min(end, last) + 1);
  const point = start === end || right - left < MIN_BAR;
  return {
    item,
    x: point ? (left + right) / 2 : left,
    width: point ? 0 : right - left,
    y,
    point,
    cutStart: start < first,
    cutEnd: end > last,
  };
}

/** Marks of one kind packed into rows below `top`; a point takes room for its dot. */
function packLane(
  kind: TimelineKind,
  records: readonly ChartRecord[],
  axis: TimeAxis,
  top: number,
  maxRows: number,
): Lane {
  const marks = records.flatMap((r) => place(r, r.date, axis, 0) ?? []);
  const spans = marks.map((m) =>
    m.point ? { start: m.x - BAR / 2, end: m.x + BAR / 2 } : { start: m.x, end: m.x + m.width },
  );
  const { rows, count } = packRows(spans, 2, maxRows);
  const y = top + LANE_TITLE;
  const placed = marks.map((m, i) => ({ ...m, y: y + (rows[i] ?? 0) * ROW }));
  return { kind, title: `${kind}s`, y: top, height: LANE_TITLE + Math.max(count, 1) * ROW, marks: placed };
}

/** How wide a status change's label is, at the strip's 11-unit type. */
const labelWidth = (text: string) => textWidth(text, 11);

/** Marks each change whose status label fits between its mark and the next one on its row (or the chart's edge). */
function labelled(marks: Mark<StatusChange>[], right: number): ChangeMark[] {
  const end = (m: Mark<StatusChange>) => (m.point ? m.x + DOT : m.x + m.width);
  return marks.map((mark) => {
    const next = marks
      .filter((m) => m.y === mark.y && m.x > mark.x)
      .reduce((nearest, m) => Math.min(nearest, m.point ? m.x - DOT : m.x), right);
    return { ...mark, labelled: next - end(mark) >= labelWidth(mark.item.statusLabel) };
  });
}

/** Each summit on a row of its own: its date, and its dated status changes packed in a strip beneath. */
function summitRows(summits: readonly ChartSummit[], axis: TimeAxis, top: number) {
  const rows: SummitRow[] = [];
  let y = top + LANE_TITLE;
  for (const summit of summits) {
    const mark = summit.date ? place(summit, summit.date, axis, y + SUMMIT_LABEL) : null;
    const changes = summit.changes.flatMap((c) => (c.date ? (place(c, c.date, axis, 0) ?? []) : []));
    if (!mark && changes.length === 0) continue;
    // Each change takes room for its label too, so labels on a row do not run into the next change.
    const spans = changes.map((m) => ({
      start: m.point ? m.x - DOT : m.x,
      end: (m.point ? m.x + DOT : m.x + m.width) + labelWidth(m.item.statusLabel),
    }));
    const packed = packRows(spans, 1, 4);
    const stripTop = y + SUMMIT_LABEL + BAR + 4;
    rows.push({
      summit,
      mark,
      labelY: y + SUMMIT_LABEL - 4,
      changes: labelled(
        changes.map((m, i) => ({ ...m, y: stripTop + (packed.rows[i] ?? 0) * STRIP_ROW })),
        axis.right,
      ),
    });
    y = stripTop + packed.count * STRIP_ROW + 6;
  }
  return rows.length === 0 ? null : { y: top, height: y - top, rows };
}

/**
 * Lays out summits, meetings and statements in lanes along a time axis over `range` (by default every record's
 * span): a fuzzy date is a bar over its whole window, a day is a point, and under each summit a strip of its
 * status changes at the dates they happened. Records wholly outside the range are left out.
 */
export function layoutTimeline(
  records: readonly TimelineItem[],
  size: TimelineSize,
  range: DayRange | null = dataRange(records),
): TimelineLayout | null {
  if (!range) return null;
  const axis = timeAxis(range, PAD, size.width - PAD, size.tickCount);
  const summits = records.filter((r): r is ChartSummit => r.kind === 'Summit');
  const others = records.filter((r): r is ChartRecord => r.kind !== 'Summit');
  const summitLane = summitRows(summits, axis, 0);
  let top = summitLane?.height ?? 0;
  const lanes: Lane[] = [];
  for (const kind of ['Meeting', 'Statement'] as const) {
    const lane = packLane(
      kind,
      others.filter((r) => r.kind === kind),
      axis,
      top,
      size.maxRows,
    );
    if (lane.marks.length === 0) continue;
    lanes.push(lane);
    top += lane.height + 6;
  }
  return { width: size.width, height: top + AXIS, axis, axisY: top + 4, summitLane, lanes };
}
