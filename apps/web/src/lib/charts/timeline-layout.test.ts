import { describe, expect, it } from 'vitest';
import { dayNumber } from './days.ts';
import { type ChartRecord, type ChartSummit, dataRange, layoutTimeline } from './timeline-layout.ts';

const span = (earliest: string, latest: string) => ({ earliest, latest, label: `${earliest}/${latest}` });
const record = (
  kind: ChartRecord['kind'],
  slug: string,
  earliest: string,
  latest = earliest,
): ChartRecord => ({
  kind,
  href: `/${kind.toLowerCase()}s/${slug}`,
  text: slug,
  date: span(earliest, latest),
});
const summit: ChartSummit = {
  kind: 'Summit',
  href: '/summits/second',
  text: 'Second summit',
  date: span('2019-02-20', '2019-02-28'),
  changes: [
    { status: 'CANCELLED', statusLabel: 'Cancelled', date: null, reportedOn: '2019-01-18', href: '#d1' },
    {
      status: 'ANNOUNCED',
      statusLabel: 'Announced',
      date: span('2019-01-18', '2019-01-18'),
      reportedOn: '2019-01-18',
      href: '#d2',
    },
  ],
};
const size = { width: 920, maxRows: 4, tickCount: 6 };

describe('layoutTimeline', () => {
  const records = [
    summit,
    record('Meeting', 'oval-office', '2019-01-18'),
    record('Statement', 'after-that-summit', '2018-06-01', '2019-01-18'),
  ];
  const layout = layoutTimeline(records, size);
  if (!layout) throw new Error('no layout');
  const x = (iso: string) => layout.axis.x(dayNumber(iso));

  it('defaults to the span of every record', () => {
    expect(layout.axis.range).toEqual({ from: '2018-06-01', to: '2019-02-28' });
  });

  it("draws a fuzzy date as a bar over its whole window, from its first day to its last day's end", () => {
    const [row] = layout.summitLane?.rows ?? [];
    expect(row?.mark?.point).toBe(false);
    expect(row?.mark?.x).toBeCloseTo(x('2019-02-20'));
    expect((row?.mark?.x ?? 0) + (row?.mark?.width ?? 0)).toBeCloseTo(x('2019-03-01'));
    const statement = layout.lanes.find((l) => l.kind === 'Statement')?.marks[0];
    expect(statement?.x).toBeCloseTo(x('2018-06-01'));
    expect((statement?.x ?? 0) + (statement?.width ?? 0)).toBeCloseTo(x('2019-01-19'));
  });

  it('draws an exact day as a point in the middle of that day', () => {
    const meeting = layout.lanes.find((l) => l.kind === 'Meeting')?.marks[0];
    expect(meeting?.point).toBe(true);
    expect(meeting?.x).toBeCloseTo((x('2019-01-18') + x('2019-01-19')) / 2);
  });

  it("puts a summit's dated status changes in its strip, leaving out the undated ones", () => {
    const changes = layout.summitLane?.rows[0]?.changes ?? [];
    expect(changes.map((c) => c.item.status)).toEqual(['ANNOUNCED']);
    expect(changes[0]?.y).toBeGreaterThan(layout.summitLane?.rows[0]?.mark?.y ?? Number.POSITIVE_INFINITY);
  });

  it('labels a status change when its words fit, and puts changes whose labels would collide on rows of their own', () => {
    const crowded: ChartSummit = {
      ...summit,
      changes: ['2019-01-18', '2019-01-19'].map((day, i) => ({
        status: 'SCHEDULED',
        statusLabel: 'Scheduled',
        date: span(day, day),
        reportedOn: day,
        href: `#c${i}`,
      })),
    };
    const changes = layoutTimeline([crowded], size)?.summitLane?.rows[0]?.changes ?? [];
    expect(changes.map((c) => c.labelled)).toEqual([true, true]);
    expect(changes[0]?.y).not.toBe(changes[1]?.y);
  });

  it('puts each lane below the one before, and the axis below them all', () => {
    const [meetings, statements] = layout.lanes;
    expect(meetings?.y).toBeGreaterThanOrEqual(layout.summitLane?.height ?? 0);
    expect(statements?.y).toBeGreaterThanOrEqual((meetings?.y ?? 0) + (meetings?.height ?? 0));
    expect(layout.axisY).toBeGreaterThanOrEqual((statements?.y ?? 0) + (statements?.height ?? 0));
  });

  it('in a zoomed range, leaves out records outside it and marks a window cut by its edge', () => {
    const zoomed = layoutTimeline(records, size, { from: '2019-01-01', to: '2019-01-31' });
    expect(zoomed?.summitLane?.rows[0]?.mark).toBeNull();
    const statement = zoomed?.lanes.find((l) => l.kind === 'Statement')?.marks[0];
    expect(statement?.cutStart).toBe(true);
    expect(statement?.cutEnd).toBe(false);
    expect(statement?.x).toBeCloseTo(zoomed?.axis.left ?? Number.NaN);
  });

  it('answers null when nothing is dated', () => {
    expect(layoutTimeline([{ ...summit, date: null, changes: [] }], size)).toBeNull();
  });
});

describe('dataRange', () => {
  it("covers a summit's dated changes as well as its date", () => {
    expect(dataRange([summit])).toEqual({ from: '2019-01-18', to: '2019-02-28' });
  });
});
