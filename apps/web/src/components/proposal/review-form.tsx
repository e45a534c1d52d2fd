import { layoutArticle } from '../../lib/proposal/excerpts.ts';
import { excerptsCiting, itemTitles, sourceOf } from '../../lib/proposal/review.ts';
import type { ArticleState } from '../../lib/proposal/state.ts';
import formStyles from '../desk/form.module.css';
import { FormProblems } from '../desk/form-problems.tsx';
import { SubmitButton } from '../desk/submit-button.tsx';
import { ArticleText } from './article-text.tsx';
import styles from './proposal.module.css';
import { ProposalItem } from './proposal-item.tsx';
import type { ReviewView } from './review-view.ts';

/**
 * Step 2: the article's text with every excerpt marked, beside the proposed records to accept, correct or
 * reject. The whole review rides in a hidden field, so the form works without JavaScript.
 */
export function ReviewForm({
  state,
  action,
}: {
  state: Extract<ArticleState, { step: 'review' }>;
  action: (form: FormData) => void;
}) {
  const { review } = state;
  const source = sourceOf(review);
  const titles = itemTitles(review);
  const layout = layoutArticle(
    source?.record.text ?? '',
    review.items.flatMap((item) => excerptsCiting(item.record, review.sourceId)),
  );
  const view: ReviewView = {
    ...state,
    recorded: new Set(state.people.map((p) => p.id)),
    titles,
    excerptNumbers: new Map(layout.excerpts.flatMap((e, n) => (e.found ? [[e.text, n] as const] : []))),
  };
  const items = review.items.filter((item) => item.type !== 'SOURCE');
  return (
    <form action={action}>
      <input type="hidden" name="intent" value="apply" />
      <input type="hidden" name="review" value={JSON.stringify(review)} />
      <FormProblems
        title="Nothing was written"
        problems={state.problems.map((p) => ({
          field: p.item ? [titles.get(p.item) ?? p.item] : [],
          message: p.message,
        }))}
      />
      <p>
        The article yields {items.length} proposed {items.length === 1 ? 'record' : 'records'}. Each is
        accepted unless you untick it; “Edit” corrects it. Nothing is written until you apply, and then all at
        once, with the article itself as their source.
      </p>
      <div className={styles.review}>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: on a desktop it scrolls on its own, so a keyboard must reach it */}
        <section className={styles.article} aria-labelledby="article-heading" tabIndex={0}>
          <h2 id="article-heading">The article</h2>
          {source ? (
            <p className={styles.source}>
              {source.record.title} · {source.record.outlet} · {source.record.publishedAt}
              {source.record.author ? ` · ${source.record.author}` : null}
              {source.record.url ? (
                <>
                  {' · '}
                  <a href={source.record.url}>the page</a>
                </>
              ) : null}
            </p>
          ) : null}
          <ArticleText layout={layout} />
        </section>
        <section aria-labelledby="records-heading" className={styles.records}>
          <h2 id="records-heading">Proposed records</h2>
          <ol className={styles.items}>
            {items.map((item) => (
              <li key={item.key}>
                <ProposalItem item={item} view={view} />
              </li>
            ))}
          </ol>
          <div className={`${formStyles.actions} ${styles.apply}`}>
            <SubmitButton working="Applying…">Apply accepted records</SubmitButton>
            <a href="/desk/articles/new">Start again</a>
          </div>
        </section>
      </div>
    </form>
  );
}
