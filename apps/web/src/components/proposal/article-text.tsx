import { Fragment } from 'react';
import type { ArticleLayout } from '../../lib/proposal/excerpts.ts';
import styles from './proposal.module.css';

/** The article's stored text, every excerpt a proposed record cites marked and anchored (`#excerpt-N`). */
export function ArticleText({ layout }: { layout: ArticleLayout }) {
  return (
    <div className={styles.text}>
      {layout.paragraphs.map((segments) => (
        <p key={segments[0]?.start}>
          {segments.map(({ start, text, covering, starts }) => {
            if (covering.length === 0) return <Fragment key={start}>{text}</Fragment>;
            const [first, ...others] = starts;
            return (
              <Fragment key={start}>
                {others.map((n) => (
                  <span key={n} id={`excerpt-${n}`} />
                ))}
                <mark
                  id={first === undefined ? undefined : `excerpt-${first}`}
                  className={covering.length > 1 ? styles.overlap : undefined}
                >
                  {text}
                </mark>
              </Fragment>
            );
          })}
        </p>
      ))}
    </div>
  );
}
