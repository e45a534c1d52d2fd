import type { Article, Span } from '../article/types.ts';
import { type Actor, actorsIn } from './actors.ts';
import { createResolver, peopleNamed, type Resolver } from './people-named.ts';
import { blankQuotations, findQuotations, type Quotation } from './quotations.ts';

/** What the statement rules read an article as: its quotations, the writer's words alone, and who is named where. */
export interface Reading {
  article: Article;
  quotations: Quotation[];
  /** The body with the quoted words blanked: offsets are the body's. */
  blanked: string;
  /** The actors of each sentence, by sentence index. */
  actors: Actor[][];
  resolver: Resolver;
}

export function readForStatements(article: Article): Reading {
  const quotations = findQuotations(article);
  const blanked = blankQuotations(article.body, quotations);
  const people = peopleNamed(article, blanked);
  return {
    article,
    quotations,
    blanked,
    actors: article.sentences.map((s) => actorsIn(blanked, s, people)),
    resolver: createResolver(people),
  };
}

/** The index of the sentence holding a body offset (or the next one, for an offset between sentences). */
export function sentenceAt(article: Article, offset: number): number {
  const index = article.sentences.findIndex((s) => offset < s.end);
  return index === -1 ? article.sentences.length - 1 : index;
}

/** The body from the start of sentence `first` to the end of sentence `last`, verbatim. */
export function excerptOf(article: Article, first: number, last: number): string {
  return article.body.slice((article.sentences[first] as Span).start, (article.sentences[last] as Span).end);
}
