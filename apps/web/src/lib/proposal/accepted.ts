import type { VariablesOf } from '../../graphql.ts';
import type { ApiUserError, ApplyProposalMutation } from './documents.ts';
import { type ItemProblem, itemTitles, type Review, recordName, referencesOf } from './review.ts';

/** One record as `applyProposal` takes it. */
export type RecordToWrite = VariablesOf<typeof ApplyProposalMutation>['input']['records'][number];

/**
 * The records to write: the accepted items, the source among them, each at the revision the proposal read.
 * An accepted record that refers to a new record the editor rejected (a statement whose new speaker was
 * rejected) would be refused by the API as a dangling reference: it is a problem of that item instead.
 */
export function acceptedRecords(review: Review): { records: RecordToWrite[]; problems: ItemProblem[] } {
  const titles = itemTitles(review);
  const rejected = new Map(
    review.items
      .filter((item) => item.action === 'CREATE' && !item.accepted)
      .map((item) => [item.record.id, item]),
  );
  const accepted = review.items.filter((item) => item.accepted);
  const problems = accepted.flatMap((item) =>
    [...referencesOf(item.record)].flatMap((id) => {
      const other = rejected.get(id);
      if (!other) return [];
      const title = titles.get(other.key);
      return [
        {
          item: item.key,
          field: null,
          message: `It refers to ${recordName(other.record)} (${title}), a new record you rejected: accept ${title} too, or correct or reject ${titles.get(item.key)}.`,
        },
      ];
    }),
  );
  return {
    records: accepted.map(({ type, record, expectedRevision }) => ({ type, record, expectedRevision })),
    problems,
  };
}

/**
 * The API's refusals, each on the item it names: `applyProposal` reports a record's problem on `records` with
 * a message that starts with its type and slug (`statement "kim-kye-gwan-2018-05-24-statement": speakerId …`).
 */
export function applyProblems(review: Review, errors: readonly ApiUserError[]): ItemProblem[] {
  return errors.map(({ message }) => {
    const [, type = '', slug = '', rest = ''] = /^(\w+) "([^"]+)": ([\s\S]*)$/.exec(message) ?? [];
    const item = review.items.find((i) => i.type.toLowerCase() === type && i.record.slug === slug);
    return item ? { item: item.key, field: null, message: rest } : { item: null, field: null, message };
  });
}
