import Link from 'next/link';
import { type FragmentOf, graphql, readFragment } from '../graphql.ts';
import { needsQuotationMarks } from '../lib/excerpt.ts';
import { citationAnchor, type ListedAt } from '../lib/listed-excerpts.ts';
import styles from './citation-list.module.css';

export const CitationFragment = graphql(`
  fragment CitationItem on Citation {
    excerpt
    source {
      id
      slug
      title
      outlet
      publishedAt
      author
      url
    }
  }
`);

const published = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A source's excerpt, word for word, with the article it comes from. */
export function CitationItem({
  citation,
  id,
}: {
  citation: FragmentOf<typeof CitationFragment>;
  id?: string;
}) {
  const c = readFragment(CitationFragment, citation);
  const date = published.format(new Date(`${c.source.publishedAt}T00:00:00Z`));
  return (
    <figure className={styles.citation} id={id}>
      <blockquote className={styles.excerpt} cite={c.source.url ?? undefined}>
        <p className={needsQuotationMarks(c.excerpt) ? styles.quoted : undefined}>{c.excerpt}</p>
      </blockquote>
      <figcaption className={styles.source}>
        <Link href={`/sources/${c.source.slug}`}>{c.source.outlet}</Link>,{' '}
        <cite>{c.source.url ? <a href={c.source.url}>{c.source.title}</a> : c.source.title}</cite>
        {c.source.author ? `, by ${c.source.author}` : ''},{' '}
        <time dateTime={c.source.publishedAt}>{date}</time>
        {c.source.url ? '' : '. No web address is recorded for this source.'}
      </figcaption>
    </figure>
  );
}

/**
 * A citation, or, when the page's Sources list already prints its words, a link to them there: no excerpt is
 * shown twice on one page. `id` anchors whichever is shown, so links to this fact's source still land.
 */
export function CitationOnce({
  citation,
  id,
  listedAt,
}: {
  citation: FragmentOf<typeof CitationFragment>;
  id?: string;
  listedAt: ListedAt | null;
}) {
  if (!listedAt) return <CitationItem citation={citation} id={id} />;
  const { source } = readFragment(CitationFragment, citation);
  return (
    <p className={styles.listed} id={id}>
      Source:{' '}
      <a href={`#${listedAt.anchor}`}>
        {source.outlet}, {listedAt.label}
      </a>
    </p>
  );
}

/** Every citation of a record, numbered and anchored as `prefix-1`, `prefix-2`… */
export function CitationList({
  citations,
  prefix = 'source',
}: {
  citations: readonly FragmentOf<typeof CitationFragment>[];
  prefix?: string;
}) {
  return (
    <ol className={styles.list}>
      {citations.map((citation, index) => (
        <li key={citationAnchor(prefix, index)}>
          <CitationItem citation={citation} id={citationAnchor(prefix, index)} />
        </li>
      ))}
    </ol>
  );
}
