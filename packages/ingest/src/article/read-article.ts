import { readHtml } from './html.ts';
import { readPlainText } from './plain-text.ts';
import { sentencesOf } from './sentences.ts';
import type { Article, Sentence, Span } from './types.ts';

// An HTML document: a doctype, or the tags a page or a fragment of one is made of.
const htmlTag =
  /<(?:!doctype\s+html|html|head|body|article|main|div|p|span|a|br|h[1-6]|section|meta|title|ul|li)\b[^>]*>/i;

const PARAGRAPH_BREAK = '\n\n';

/**
 * An article as ingestion reads it: the story's paragraphs, verbatim and without page furniture, joined by a
 * blank line into its body; its paragraphs and sentences as spans of that body; and what the page says about
 * itself. HTML goes through readability, plain text through its header and furniture shapes; the format is
 * guessed from the text (tags make it HTML) when not given.
 */
export function readArticle(input: { text: string; format?: 'html' | 'text' }): Article {
  const format = input.format ?? (htmlTag.test(input.text) ? 'html' : 'text');
  const { paragraphs: texts, found } = format === 'html' ? readHtml(input.text) : readPlainText(input.text);
  const body = texts.join(PARAGRAPH_BREAK);
  const paragraphs: Span[] = [];
  const sentences: Sentence[] = [];
  let start = 0;
  texts.forEach((text, paragraph) => {
    paragraphs.push({ text, start, end: start + text.length });
    for (const s of sentencesOf(text))
      sentences.push({
        text: text.slice(s.start, s.end),
        start: start + s.start,
        end: start + s.end,
        paragraph,
      });
    start += text.length + PARAGRAPH_BREAK.length;
  });
  return { body, paragraphs, sentences, found };
}
