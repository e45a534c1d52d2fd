/** A character that belongs to a word: letters, digits, marks, and the apostrophes and hyphens inside words. */
const WORD = /[\p{L}\p{N}\p{M}'’-]/u;

const inWord = (text: string, at: number) => at >= 0 && at < text.length && WORD.test(text[at] ?? '');

/**
 * The words a selection of `text` (from `start` to `end`) touches, whole: a selection that cuts a word is
 * widened to the word's ends, and the spaces at its ends are left out. Null when it holds no word.
 */
export function selectedWords(text: string, start: number, end: number): string | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  if (inWord(text, from)) while (inWord(text, from - 1)) from -= 1;
  if (inWord(text, to - 1)) while (inWord(text, to)) to += 1;
  const words = text.slice(from, to).trim();
  return /[\p{L}\p{N}]/u.test(words) ? words : null;
}
