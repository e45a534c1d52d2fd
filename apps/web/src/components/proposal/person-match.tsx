import Link from 'next/link';
import { idWords } from '../../lib/proposal/describe.ts';
import { publicHref } from '../../lib/proposal/review.ts';
import type { ReviewView } from './review-view.ts';

/** Who a person reference points at: a recorded person (linked), a new one in this proposal, or an unknown id. */
export function PersonMatch({ id, view }: { id: string; view: ReviewView }) {
  const name = idWords(id, view.words);
  if (view.recorded.has(id)) {
    return (
      <>
        <Link href={publicHref('PERSON', id) ?? '#'}>{name}</Link> (matched to the recorded person)
      </>
    );
  }
  const proposed = view.review.items.find((item) => item.record.id === id);
  if (proposed) {
    return (
      <>
        {name} (a new person: <a href={`#item-${proposed.key}`}>{view.titles.get(proposed.key)}</a>)
      </>
    );
  }
  return (
    <>
      <code>{id}</code> (not recorded)
    </>
  );
}
