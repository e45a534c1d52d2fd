import type { Article, Span } from '../article/types.ts';

/** A quotation in the body: its marks' offsets and the words between them, verbatim. */
export interface Quotation {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
  /** The quoted words without the punctuation that joins them to the sentence (`text === body.slice(start, end)`). */
  words: Span;
  /** The punctuation the quoted words end on inside the marks (",", ".", "?"), "" when none. */
  ending: string;
}

interface Mark {
  at: number;
  opens: boolean;
}

/** The double quotation marks of a paragraph, each opening or closing: curly ones by shape, straight ones in turn. */
function marksOf(body: string, paragraph: Span): Mark[] {
  const marks: Mark[] = [];
  let inside = false;
  for (let at = paragraph.start; at < paragraph.end; at++) {
    const c = body[at];
    if (c !== '"' && c !== '“' && c !== '”') continue;
    const opens: boolean = c === '“' || (c === '"' && !inside);
    marks.push({ at, opens });
    inside = opens;
  }
  return marks;
}

/**
 * The quoted words: trailing space and the comma (or colon, semicolon, dash) that joins them to an attribution are
 * the article's punctuation, left out; so is a final period when the quote is a fragment of the writer's sentence
 * (`called it "an extraordinary threat."`), kept when the quote is a sentence of its own.
 */
function wordsOf(
  body: string,
  open: number,
  close: number,
  fragment: boolean,
): Omit<Quotation, 'open' | 'close'> {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(body[start] as string)) start++;
  while (end > start && /\s/.test(body[end - 1] as string)) end--;
  const ending = /[,.?!;:—–-]$/.exec(body.slice(start, end))?.[0] ?? '';
  const ellipsis = /(?:\.\.\.|…)$/.test(body.slice(start, end));
  if (/[,;:—–-]/.test(ending) || (ending === '.' && fragment && !ellipsis)) end--;
  while (end > start && /\s/.test(body[end - 1] as string)) end--;
  return { words: { text: body.slice(start, end), start, end }, ending };
}

/** Whether the quotation opening at `open` is a fragment of the writer's sentence rather than a sentence itself. */
function isFragment(body: string, open: number, paragraphStart: number, firstWord: string): boolean {
  const before = body.slice(paragraphStart, open).trimEnd();
  const lead = before.at(-1);
  const ownSentence = lead === undefined || /[.?!:,”"]/.test(lead);
  return !(ownSentence && /^[\p{Lu}\d]/u.test(firstWord));
}

/**
 * Every quotation in the body, in order. Marks pair within a paragraph; a quotation left open at a paragraph's end
 * runs on when the next paragraph opens with a mark (the news convention for a quote over paragraphs), and is
 * dropped otherwise.
 */
export function findQuotations(article: Article): Quotation[] {
  const { body, paragraphs } = article;
  const found: Quotation[] = [];
  let pending: { open: number; paragraphStart: number } | null = null;
  for (const paragraph of paragraphs) {
    const marks = marksOf(body, paragraph);
    let first = 0;
    if (pending && marks[0]?.opens && body.slice(paragraph.start, marks[0].at).trim() === '') first = 1;
    else pending = null;
    for (const mark of marks.slice(first)) {
      if (mark.opens) {
        pending = { open: mark.at, paragraphStart: paragraph.start };
        continue;
      }
      if (!pending) continue;
      const { open, paragraphStart } = pending;
      const fragment = isFragment(body, open, paragraphStart, body.slice(open + 1, open + 2));
      const quoted = wordsOf(body, open, mark.at, fragment);
      if (quoted.words.text.length > 0) found.push({ open, close: mark.at, ...quoted });
      pending = null;
    }
  }
  return found;
}

/** The body with every quotation's words blanked (same length), so the rules read only the writer's words. */
export function blankQuotations(body: string, quotations: readonly Quotation[]): string {
  let blanked = body;
  for (const { open, close } of quotations)
    blanked = blanked.slice(0, open + 1) + ' '.repeat(close - open - 1) + blanked.slice(close);
  return blanked;
}
