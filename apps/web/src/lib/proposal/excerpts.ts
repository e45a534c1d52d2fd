/** A run of an article's text, and the excerpts (by number) that cover it or start at it. */
export interface TextSegment {
  /** Where the run starts in the text (a key for it). */
  start: number;
  text: string;
  /** The excerpts this run is part of: marked when any. */
  covering: number[];
  /** The excerpts that start here: the run carries their anchors. */
  starts: number[];
}

/** An article's paragraphs cut into segments, and where each excerpt was found. */
export interface ArticleLayout {
  paragraphs: TextSegment[][];
  /** Each distinct excerpt, numbered by its position here; `found` is false when the text does not hold it. */
  excerpts: { text: string; found: boolean }[];
}

interface Span {
  start: number;
  end: number;
}

/** The paragraphs of a text: runs between blank lines. */
function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const gap of text.matchAll(/\n[ \t]*\n\s*/g)) {
    if (text.slice(start, gap.index).trim()) spans.push({ start, end: gap.index });
    start = gap.index + gap[0].length;
  }
  if (text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans;
}

/**
 * Lays out an article so that each excerpt a proposal cites can be marked in it: the paragraphs, each cut at
 * every excerpt's start and end, so that overlapping excerpts (one sentence backing a meeting and a statement)
 * mark the same words once and each still has a place to anchor a link to.
 */
export function layoutArticle(text: string, excerpts: readonly string[]): ArticleLayout {
  const distinct = [...new Set(excerpts.filter((e) => e !== ''))];
  const ranges = distinct.map((excerpt) => {
    const start = text.indexOf(excerpt);
    return start < 0 ? null : { start, end: start + excerpt.length };
  });
  const placed = new Set<number>();
  const paragraphs = paragraphSpans(text).map(({ start, end }) => {
    const cuts = new Set([start, end]);
    for (const range of ranges) {
      if (!range) continue;
      if (range.start > start && range.start < end) cuts.add(range.start);
      if (range.end > start && range.end < end) cuts.add(range.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    return points.slice(1).map((to, i): TextSegment => {
      const from = points[i] as number;
      const covering: number[] = [];
      const starts: number[] = [];
      ranges.forEach((range, n) => {
        if (!range || range.start >= to || range.end <= from) return;
        covering.push(n);
        // An excerpt starting in the blank between paragraphs anchors at the first run after it.
        if (!placed.has(n)) {
          placed.add(n);
          starts.push(n);
        }
      });
      return { start: from, text: text.slice(from, to), covering, starts };
    });
  });
  return { paragraphs, excerpts: distinct.map((e, n) => ({ text: e, found: ranges[n] !== null })) };
}
