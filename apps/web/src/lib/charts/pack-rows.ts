/** Something drawn over `[start, end]` along one axis. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Assigns each span (in start order) a row so that spans in one row keep `gap` apart: the first row with room,
 * else a new one while fewer than `maxRows`, else the row that frees up first (they then overlap; the text
 * alternative still lists every record). Answers the row of each span, in the order given, and the row count.
 */
export function packRows(
  spans: readonly Span[],
  gap: number,
  maxRows: number,
): { rows: number[]; count: number } {
  const ends: number[] = [];
  const order = spans.map((_, i) => i).sort((a, b) => (spans[a] as Span).start - (spans[b] as Span).start);
  const rows = new Array<number>(spans.length);
  for (const i of order) {
    const span = spans[i] as Span;
    let row = ends.findIndex((end) => end + gap <= span.start);
    if (row === -1 && ends.length < maxRows) row = ends.length;
    if (row === -1) row = ends.indexOf(Math.min(...ends));
    ends[row] = Math.max(ends[row] ?? Number.NEGATIVE_INFINITY, span.end);
    rows[i] = row;
  }
  return { rows, count: ends.length };
}
