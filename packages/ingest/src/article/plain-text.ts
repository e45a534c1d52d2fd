import { readHeader } from './header.ts';
import { paragraphsOf } from './paragraphs.ts';
import type { ArticleMetadata } from './types.ts';

/**
 * A plain-text story as paragraphs, and what its header lines say: a headline, a date stamp, a byline, an
 * outlet's name above the story go to `found`, not to the body.
 */
export function readPlainText(text: string): { paragraphs: string[]; found: ArticleMetadata } {
  const lines = text.split(/\r\n|\r|\n/);
  const { found, count } = readHeader(lines.slice(0, 12));
  // The body starts after the header lines: find where they end in the text, line breaks as written.
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const end = /\r\n|\r|\n/.exec(text.slice(offset));
    offset = end ? offset + end.index + end[0].length : text.length;
  }
  return { paragraphs: paragraphsOf(text.slice(offset)), found };
}
