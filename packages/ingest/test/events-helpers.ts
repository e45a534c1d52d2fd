import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { readArticle } from '../src/article/read-article.ts';
import type { Article } from '../src/article/types.ts';
import type { DevelopmentMention, MeetingMention } from '../src/events/types.ts';

const file = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The founding article and the two written around it (see /work/shared/articles/README.md). */
export const articles = {
  founding: readArticle({ text: file('../../../../shared/seed/000_f42b8e4dd3eeaf1b.txt') }),
  calledOff: readArticle({ text: file('../../../../shared/articles/2018-05-25-singapore-called-off.txt') }),
  backOn: readArticle({ text: file('../../../../shared/articles/2018-06-02-singapore-back-on.html') }),
};

/** An article made of the given plain text. */
export const articleOf = (text: string) => readArticle({ text, format: 'text' });

/** Every words field a mention gives stands verbatim in its excerpt, and every excerpt in the article's body. */
export function expectVerbatim(article: Article, mentions: (MeetingMention | DevelopmentMention)[]) {
  for (const m of mentions) {
    const excerpts = 'excerpts' in m ? m.excerpts : [m.excerpt];
    for (const excerpt of [m.excerpt, ...excerpts]) expect(article.body).toContain(excerpt);
    const inAnExcerpt = (words: string | null) => {
      if (words !== null) expect(excerpts.some((e) => e.includes(words))).toBe(true);
    };
    const words =
      'durationWords' in m
        ? [m.placeWords, m.dateWords, m.durationWords, ...m.topicWords, ...m.participants.map((p) => p.text)]
        : [m.summitDateWords, m.placeWords, m.announcedBy?.text ?? null];
    // A meeting's date or summit, and a development's summit and date, may come from another sentence.
    for (const w of words) inAnExcerpt(w);
    for (const w of [m.summitWords, m.dateWords]) if (w !== null) expect(article.body).toContain(w);
    if ('candidatePlaces' in m && m.candidatePlaces) {
      expect(article.body).toContain(m.candidatePlaces.excerpt);
      for (const place of m.candidatePlaces.placeWords) expect(m.candidatePlaces.excerpt).toContain(place);
    }
  }
}
