import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/article/read-article.ts';
import { expectVerbatimSpans } from './article-helpers.ts';

const sentencesOf = (text: string) => {
  const article = readArticle({ text, format: 'text' });
  expectVerbatimSpans(article);
  return article.sentences.map((s) => s.text);
};

describe('sentences', () => {
  it('never ends a sentence at an abbreviation', () => {
    expect(
      sentencesOf(
        'Mr. Trump met Gen. Vincent Brooks in Washington, D.C., on Jan. 5. The U.S. officials said No. 2 was next. Sen. Warren and Dr. Moon agreed.',
      ),
    ).toEqual([
      'Mr. Trump met Gen. Vincent Brooks in Washington, D.C., on Jan. 5.',
      'The U.S. officials said No. 2 was next.',
      'Sen. Warren and Dr. Moon agreed.',
    ]);
    expect(sentencesOf('Pres. Trump met Amb. Harris. Talks vs. sanctions were discussed.')).toEqual([
      'Pres. Trump met Amb. Harris.',
      'Talks vs. sanctions were discussed.',
    ]);
    expect(sentencesOf('They met at No. 10 Downing St. in London. It was Sept. 12.')).toEqual([
      'They met at No. 10 Downing St. in London.',
      'It was Sept. 12.',
    ]);
  });

  it('keeps a quotation whole, attribution included, when it runs over several sentences', () => {
    expect(sentencesOf('"A. B," Sanders said. "It is good. Very good," he added.')).toEqual([
      '"A. B," Sanders said.',
      '"It is good. Very good," he added.',
    ]);
    expect(sentencesOf("He said: 'We will go. We will.' It rained.")).toEqual([
      "He said: 'We will go. We will.'",
      'It rained.',
    ]);
    expect(sentencesOf('Kim said: “We are ready. We are waiting.” Moon agreed.')).toEqual([
      'Kim said: “We are ready. We are waiting.”',
      'Moon agreed.',
    ]);
  });

  it('ends a sentence at a quotation closed after its full stop', () => {
    expect(
      sentencesOf(
        'The president called it "no longer a threat." But a review called it "an extraordinary threat."',
      ),
    ).toEqual([
      'The president called it "no longer a threat."',
      'But a review called it "an extraordinary threat."',
    ]);
  });

  it('gives each sentence the paragraph it is in', () => {
    const article = readArticle({ text: 'One sentence here. Another one.\n\nA second paragraph.' });
    expect(article.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });
});
