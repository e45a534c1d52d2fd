import { acceptedRecords, applyProblems } from '../../../../lib/proposal/accepted.ts';
import { ApplyProposalMutation } from '../../../../lib/proposal/documents.ts';
import { applySizeProblem } from '../../../../lib/proposal/limits.ts';
import { readReview } from '../../../../lib/proposal/read-review.ts';
import {
  type ItemProblem,
  parseReview,
  publicHref,
  type Review,
  recordName,
  sourceOf,
} from '../../../../lib/proposal/review.ts';
import { type ArticleState, EMPTY_ARTICLE } from '../../../../lib/proposal/state.ts';
import { wordsFor } from '../../../../lib/proposal/words.ts';
import { BadArgumentError } from '../../../../lib/urql/answer.ts';
import { editorMutation } from '../../../../lib/urql/editor.ts';
import { recordedPeople } from './recorded-people.ts';
import { refusedArgument } from './refused-argument.ts';

/** What was written, each record linked to its public page where it has one. */
const written = (review: Review): ArticleState => ({
  step: 'written',
  written: review.items
    .filter((item) => item.accepted)
    .map((item) => ({
      id: item.record.id,
      type: item.type,
      action: item.action,
      name: recordName(item.record),
      href: publicHref(item.type, item.record.id),
    })),
});

/**
 * Step 2: the review as the editor left it (kept in a hidden field, corrected by the form's fields), the
 * accepted records written in one commit; any problem, the API's included, shown on the review again.
 */
export async function applyReview(form: FormData): Promise<ArticleState> {
  const kept = parseReview(String(form.get('review') ?? ''));
  const source = kept && sourceOf(kept);
  if (!kept || !source) {
    return {
      ...EMPTY_ARTICLE,
      problems: [
        { field: null, message: 'The proposal under review could not be read: add the article again.' },
      ],
    };
  }
  const people = await recordedPeople();
  const read = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : null;
  };
  const { review, problems } = readReview(kept, read, new Set(people.map((p) => p.id)));
  const again = (found: ItemProblem[]): ArticleState => ({
    step: 'review',
    review,
    people,
    words: wordsFor(review, people),
    problems: found,
  });
  const accepted = acceptedRecords(review);
  const tooBig = applySizeProblem(accepted.records);
  const found = [
    ...problems,
    ...accepted.problems,
    ...(tooBig ? [{ item: null, field: null, message: tooBig }] : []),
  ];
  if (found.length > 0) return again(found);

  const { title, outlet, publishedAt } = source.record;
  const answer = await editorMutation(ApplyProposalMutation, {
    input: { records: accepted.records, reason: `From the article “${title}” (${outlet}, ${publishedAt})` },
  }).catch(refusedArgument);
  if (answer instanceof BadArgumentError)
    return again([
      { item: null, field: null, message: `Parley could not take the records: ${answer.message}` },
    ]);
  const { userErrors } = answer.applyProposal;
  return userErrors.length > 0 ? again(applyProblems(review, userErrors)) : written(review);
}
