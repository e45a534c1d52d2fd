import Link from 'next/link';
import { changesOf } from '../../lib/proposal/describe.ts';
import { fieldName } from '../../lib/proposal/field-names.ts';
import {
  excerptsCiting,
  opening,
  publicHref,
  type ReviewItem,
  recordName,
} from '../../lib/proposal/review.ts';
import formStyles from '../desk/form.module.css';
import { hasFields, ItemFields } from './item-fields.tsx';
import { ItemSummary } from './item-summary.tsx';
import styles from './proposal.module.css';
import type { ReviewView } from './review-view.ts';

/** New, or an update of a recorded record (linked) with what it changes. */
function ActionLine({ item, view }: { item: ReviewItem; view: ReviewView }) {
  if (item.action === 'CREATE') return <p className={styles.badge}>New record</p>;
  const href = publicHref(item.type, item.record.id);
  const name = recordName(item.before ?? item.record);
  const changes = changesOf(item, view.words);
  return (
    <>
      <p>
        <span className={styles.badge}>Update</span> of the recorded{' '}
        {href ? <Link href={href}>{name}</Link> : name}
      </p>
      {changes.length > 0 ? (
        <ul className={styles.meta} aria-label="What the update changes">
          {changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      ) : (
        <p className={styles.meta}>It changes nothing in the recorded version.</p>
      )}
    </>
  );
}

/** Links to the item's excerpts, marked in the article's text. */
function ExcerptLinks({ item, view }: { item: ReviewItem; view: ReviewView }) {
  const excerpts = [...new Set(excerptsCiting(item.record, view.review.sourceId))];
  if (excerpts.length === 0) return null;
  return (
    <ul className={styles.meta}>
      {excerpts.map((excerpt) => {
        const n = view.excerptNumbers.get(excerpt);
        return (
          <li key={excerpt}>
            {n === undefined ? (
              <>Not found in the article’s text: “{excerpt}”</>
            ) : (
              <a href={`#excerpt-${n}`}>In the article: “{opening(excerpt)}”</a>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One proposed record: accept (the default) or not, what it would write, where the article says it, its
 * fields to correct, and why the proposal made it. Problems found in it are listed at its top.
 */
export function ProposalItem({ item, view }: { item: ReviewItem; view: ReviewView }) {
  const title = view.titles.get(item.key) ?? item.key;
  const problems = view.problems.filter((p) => p.item === item.key);
  const general = problems.filter((p) => p.field === null);
  return (
    <fieldset id={`item-${item.key}`} className={styles.item}>
      <legend>
        <h3>{title}</h3>
      </legend>
      {general.length > 0 ? (
        <ul className={formStyles.problem}>
          {general.map((p) => (
            <li key={p.message}>{p.message}</li>
          ))}
        </ul>
      ) : null}
      <ActionLine item={item} view={view} />
      <label className={styles.accept}>
        <input type="checkbox" name={fieldName(item.key, 'accept')} defaultChecked={item.accepted} />
        Accept <span className="visually-hidden">{title.toLowerCase()}</span>
      </label>
      <div className={styles.summary}>
        <ItemSummary item={item} view={view} />
      </div>
      <ExcerptLinks item={item} view={view} />
      {hasFields(item) ? (
        <details open={problems.length > general.length}>
          <summary>Edit {title.toLowerCase()}</summary>
          <div className={styles.edit}>
            <ItemFields item={item} view={view} />
          </div>
        </details>
      ) : null}
      <details>
        <summary>Why it is proposed</summary>
        <ul className={styles.because}>
          {item.because.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </fieldset>
  );
}
