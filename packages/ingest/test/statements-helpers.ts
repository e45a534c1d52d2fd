import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { readArticle } from '../src/article/read-article.ts';
import type { Article } from '../src/article/types.ts';
import { findStatements, type StatementMention } from '../src/statements/find-statements.ts';

const file = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The founding article and the two written around it (see /work/shared/articles/README.md). */
export const articles = {
  founding: readArticle({ text: file('../../../../shared/seed/000_f42b8e4dd3eeaf1b.txt') }),
  calledOff: readArticle({ text: file('../../../../shared/articles/2018-05-25-singapore-called-off.txt') }),
  backOn: readArticle({ text: file('../../../../shared/articles/2018-06-02-singapore-back-on.html') }),
};

/** A made-up story: a headline line (so the reader takes the rest for the body) and the given paragraphs. */
export function storyOf(text: string): Article {
  const article = readArticle({ text: `Made-up story for a test\n\n${text}`, format: 'text' });
  expect(article.body).toBe(text);
  return article;
}

/** The statements of a made-up story, each checked verbatim against it. */
export function statementsIn(text: string): StatementMention[] {
  const article = storyOf(text);
  const mentions = findStatements(article);
  expectVerbatim(article, mentions);
  return mentions;
}

/**
 * Every words field of a statement stands verbatim in the body: the excerpt, and in it the quote, the paraphrase,
 * the date words and the sentence it points at.
 */
export function expectVerbatim(article: Article, mentions: readonly StatementMention[]) {
  for (const m of mentions) {
    expect(article.body).toContain(m.excerpt);
    expect(m.excerpt.startsWith(article.sentences[m.sentence]?.text as string)).toBe(true);
    for (const words of [m.quote, m.paraphrase, m.dateWords])
      if (words !== null) expect(m.excerpt).toContain(words);
    expect(m.quote ?? m.paraphrase).not.toBeNull();
    expect(m.speaker === null).not.toBe(m.organization === null);
  }
}
