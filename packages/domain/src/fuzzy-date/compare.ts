import type { FuzzyDate } from '../records/fuzzy-date.ts';

type Bounds = Pick<FuzzyDate, 'earliest' | 'latest'>;

/** Orders by earliest possible day, then by latest: a known day sorts before a window that starts with it. */
export function compareFuzzyDates(a: Bounds, b: Bounds): number {
  if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
  if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
  return 0;
}

/** True when the two could fall on a common day. */
export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.earliest <= b.latest && b.earliest <= a.latest;
}

/** True when `a` lies wholly inside `b`. */
export function within(a: Bounds, b: Bounds): boolean {
  return b.earliest <= a.earliest && a.latest <= b.latest;
}

/** True when `a` certainly ends before `b` begins. */
export function before(a: Bounds, b: Bounds): boolean {
  return a.latest < b.earliest;
}

/** Does the date overlap an open or closed window of ISO days? */
export function inWindow(date: Bounds, from?: string | null, to?: string | null): boolean {
  return (from == null || date.latest >= from) && (to == null || date.earliest <= to);
}
