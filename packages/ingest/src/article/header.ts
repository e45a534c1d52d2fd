import { dateStamp } from './dates.ts';
import { endsSentence, wordCount } from './furniture.ts';
import type { ArticleMetadata } from './types.ts';

// The words in an outlet's name that make it obviously one ("Westbrook Courier", "The Lakeside Post").
const outletWord =
  /\b(?:times|post|news|herald|journal|tribune|gazette|courier|telegraph|guardian|chronicle|observer|independent|express|mail|mirror|star|sun|standard|monitor|inquirer|register|bulletin|dispatch|review|press|daily|weekly|wire|radio|television|tv|broadcasting|network|media|magazine|agency|record|examiner|sentinel|courant|enquirer|globe|reuters|ap|afp|bbc|cnn|cbs|nbc|abc|npr|pbs|bloomberg|politico|axios|xinhua|yonhap|kcna|kyodo|associated press)\b/i;
const domain = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

/** The author a byline names: "By Ruth Okafor · June 2, 2018" → "Ruth Okafor"; null when it names no one. */
export function bylineAuthor(byline: string): string | null {
  const named = byline
    .trim()
    .replace(/^by\s+/i, '')
    .split(/\s*(?:[·|•—–,\n]|\s-\s)\s*/)[0]
    ?.trim()
    .replace(/[.:;]+$/, '');
  if (!named || !/\p{Lu}/u.test(named) || wordCount(named) > 8) return null;
  return named;
}

/** An outlet's name standing on its own line: a few capitalised words with a newspaper word, or a domain. */
export function isOutletLine(line: string): boolean {
  const text = line.trim();
  if (domain.test(text)) return true;
  const words = text.split(/\s+/);
  return (
    words.length <= 5 &&
    !endsSentence(text) &&
    words.every((w) => /^(?:\p{Lu}|the\b|of\b|&)/u.test(w)) &&
    outletWord.test(text)
  );
}

// Above the first paragraph, a line longer than this is the story, not its headline.
const HEADER_WORDS = 25;

type HeaderLine = { author: string | null } | { day: string | null } | { outlet: string };

/** A line that can only be header: a date stamp, a byline ("By …") or an outlet's name. */
function headerLine(line: string): HeaderLine | undefined {
  const day = dateStamp(line);
  if (day !== undefined) return { day };
  if (/^by\s+\p{Lu}/iu.test(line) && !endsSentence(line) && wordCount(line) <= 12)
    return { author: bylineAuthor(line) };
  return isOutletLine(line) ? { outlet: line } : undefined;
}

/**
 * What the lines above a plain-text story say about it: a headline first (a short line standing alone or above
 * a date stamp, byline or outlet line), then those lines, in any order. Returns the metadata and how many lines
 * (blank ones included) are header.
 */
export function readHeader(lines: readonly string[]): { found: ArticleMetadata; count: number } {
  const found: ArticleMetadata = {};
  let count = 0;
  const skipBlank = (from: number) => {
    let i = from;
    while (i < lines.length && lines[i]?.trim() === '') i++;
    return i;
  };
  const first = skipBlank(0);
  const title = lines[first]?.trim() ?? '';
  const next = lines[first + 1];
  if (
    title &&
    !headerLine(title) &&
    wordCount(title) <= HEADER_WORDS &&
    !/[.:;…]$/.test(title.replace(/["'”’»)\]]+$/, '')) &&
    (next === undefined || next.trim() === '' || headerLine(next.trim()))
  ) {
    found.title = title;
    count = first + 1;
  }
  for (let i = skipBlank(count); i < lines.length; i = skipBlank(i + 1)) {
    const line = headerLine(lines[i]?.trim() ?? '');
    if (!line) break;
    if ('day' in line && line.day) found.publishedAt ??= line.day;
    if ('author' in line && line.author) found.author ??= line.author;
    if ('outlet' in line) found.outlet ??= line.outlet;
    count = i + 1;
  }
  return { found, count };
}
