import { endsSentence, isFurnitureLine, isHeadlineLike } from './furniture.ts';

interface Line {
  start: number;
  end: number;
}

// Hard-wrapped text has lines this long or longer, in a block no wider than WRAP_WIDTH.
const WRAPPED_LINE = 40;
const WRAP_WIDTH = 100;

/** The lines of a text, as trimmed spans of it (blank lines give empty spans). */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const add = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const start = from + raw.length - raw.trimStart().length;
    lines.push({ start, end: Math.max(start, to - (raw.length - raw.trimEnd().length)) });
  };
  let from = 0;
  for (const end of text.matchAll(/\r\n|\r|\n/g)) {
    add(from, end.index);
    from = end.index + end[0].length;
  }
  add(from, text.length);
  return lines;
}

/**
 * Whether a line runs on into the next as hard-wrapped prose: it does not end a sentence, and the next line
 * starts in lower case, or the block is wrapped at a fixed width this line fills.
 */
function runsOn(line: string, next: string, width: number): boolean {
  if (endsSentence(line)) return false;
  if (/^[\p{Ll}\d]/u.test(next)) return true;
  return width <= WRAP_WIDTH && line.length >= WRAPPED_LINE && line.length >= 0.75 * width;
}

/**
 * The paragraphs of a text, verbatim, without its furniture: lines of furniture are dropped first (they also end
 * a paragraph), blank lines separate paragraphs, lines that run on are one paragraph, and paragraphs that read
 * as furniture or as a stray headline are dropped.
 */
export function paragraphsOf(text: string): string[] {
  const blocks: Line[][] = [[]];
  for (const line of linesOf(text)) {
    const content = text.slice(line.start, line.end);
    if (content === '' || isFurnitureLine(content)) blocks.push([]);
    else blocks.at(-1)?.push(line);
  }
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const width = Math.max(0, ...block.map((l) => l.end - l.start));
    let first: Line | undefined;
    block.forEach((line, i) => {
      first ??= line;
      const next = block[i + 1];
      const content = text.slice(line.start, line.end);
      if (next && runsOn(content, text.slice(next.start, next.end), width)) return;
      paragraphs.push(text.slice(first.start, line.end));
      first = undefined;
    });
  }
  return paragraphs.filter((p) => !isFurnitureLine(p.replace(/\s+/g, ' ')) && !isHeadlineLike(p));
}
