import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const shared = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../../../../shared/${path}`, import.meta.url)), 'utf8');

/** The three articles of the founding events as plain text, the founding one first. */
export const articles = () => [
  shared('seed/000_f42b8e4dd3eeaf1b.txt'),
  shared('articles/2018-05-25-singapore-called-off.txt'),
  shared('articles/2018-06-02-singapore-back-on.html')
    .replace(/<[^>]+>/g, '\n')
    .replace(/\n{2,}/g, '\n\n'),
];

export const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** An article of at least `words` words: the articles' paragraphs one after the other, over again if need be. */
export function longArticle(words: number): string {
  const paragraphs = articles()
    .flatMap((a) => a.split(/\n{2,}/))
    .filter((p) => p.trim().length > 0);
  const parts: string[] = [];
  for (let i = 0; wordsIn(parts.join(' ')) < words; i++)
    parts.push(paragraphs[i % paragraphs.length] as string);
  return parts.join('\n\n');
}
