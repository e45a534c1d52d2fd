import type { Words } from '../../lib/proposal/describe.ts';
import type { ItemProblem, Review } from '../../lib/proposal/review.ts';
import type { PersonChoice } from '../../lib/proposal/state.ts';

/** What every part of the review screen reads: the review and what was worked out about it once. */
export interface ReviewView {
  review: Review;
  people: PersonChoice[];
  recorded: ReadonlySet<string>;
  words: Words;
  /** "Statement 2" by item key. */
  titles: ReadonlyMap<string, string>;
  problems: ItemProblem[];
  /** The number of each excerpt found in the article's text (its mark is `#excerpt-N`). */
  excerptNumbers: ReadonlyMap<string, number>;
}

/** The problem found in one field, if any. */
export const fieldProblem = (view: ReviewView, name: string) =>
  view.problems.find((p) => p.field === name)?.message;
