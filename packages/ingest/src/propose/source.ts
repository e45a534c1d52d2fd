import { type RecordOf, slugify } from '@parley/domain';
import type { Article, ArticleMetadata } from '../article/types.ts';

/** Why an article cannot be proposed from, in one line, and the metadata field at fault. */
export class IngestInputError extends Error {
  override name = 'IngestInputError';
  constructor(
    readonly field: 'publishedAt' | 'outlet' | 'title' | 'text',
    message: string,
  ) {
    super(message);
  }
}

/** The caller's metadata over what the page gives, each field checked. */
export function metadataOf(article: Article, given: ArticleMetadata) {
  const pick = (key: keyof ArticleMetadata) => given[key]?.trim() || article.found[key]?.trim() || null;
  const publishedAt = pick('publishedAt');
  const outlet = pick('outlet');
  const title = pick('title');
  if (!publishedAt || !/^\d{4}-\d{2}-\d{2}$/.test(publishedAt))
    throw new IngestInputError(
      'publishedAt',
      publishedAt
        ? `the publication date "${publishedAt}" is not a date in the form YYYY-MM-DD`
        : 'the article gives no publication date: give one (YYYY-MM-DD)',
    );
  if (!outlet) throw new IngestInputError('outlet', 'the article names no outlet: give one');
  if (!title) throw new IngestInputError('title', 'the article has no title: give one');
  return { publishedAt, outlet, title, url: pick('url'), author: pick('author') };
}

/** The source record of an article: its body, verbatim, as its text, so every excerpt can be checked against it. */
export function sourceOf(article: Article, metadata: ReturnType<typeof metadataOf>): RecordOf<'source'> {
  const slug = slugify(`${metadata.outlet} ${metadata.publishedAt} ${metadata.title}`)
    .slice(0, 80)
    .replace(/-+$/, '');
  return {
    id: `source:${slug}`,
    slug,
    kind: 'ARTICLE',
    title: metadata.title,
    outlet: metadata.outlet,
    publishedAt: metadata.publishedAt,
    author: metadata.author,
    url: metadata.url,
    language: 'en',
    text: article.body,
  };
}
