import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Article } from '../src/article/types.ts';

export const SEED = '/work/shared/seed/000_f42b8e4dd3eeaf1b.txt';
export const CALLED_OFF = '/work/shared/articles/2018-05-25-singapore-called-off.txt';
export const BACK_ON = '/work/shared/articles/2018-06-02-singapore-back-on.html';

export const readText = (path: string) => readFileSync(path, 'utf8');

/** Every paragraph and sentence is the body's own text at its offsets; sentences lie within their paragraph. */
export function expectVerbatimSpans(article: Article) {
  expect(article.body).toBe(article.paragraphs.map((p) => p.text).join('\n\n'));
  for (const span of [...article.paragraphs, ...article.sentences]) {
    expect(article.body.slice(span.start, span.end)).toBe(span.text);
    expect(span.text).toBe(span.text.trim());
  }
  for (const sentence of article.sentences) {
    const paragraph = article.paragraphs[sentence.paragraph];
    expect(paragraph).toBeDefined();
    expect(sentence.start).toBeGreaterThanOrEqual(paragraph?.start ?? Number.NaN);
    expect(sentence.end).toBeLessThanOrEqual(paragraph?.end ?? Number.NaN);
  }
  // sentences cover each paragraph's words, in order, without overlap
  article.paragraphs.forEach((paragraph, i) => {
    const inside = article.sentences.filter((s) => s.paragraph === i);
    expect(
      inside
        .map((s) => s.text)
        .join(' ')
        .replace(/\s+/g, ' '),
    ).toBe(paragraph.text.replace(/\s+/g, ' '));
  });
}
