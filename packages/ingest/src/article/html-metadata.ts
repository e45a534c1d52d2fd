import { isoDay } from './dates.ts';
import type { DomDocument, DomElement } from './dom.ts';
import { bylineAuthor } from './header.ts';
import type { ArticleMetadata } from './types.ts';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The first non-empty `content` of the meta tags matched, in the order of the selectors. */
function meta(doc: DomDocument, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    for (const element of doc.querySelectorAll(selector)) {
      const value = squash(element.getAttribute('content') ?? element.getAttribute('datetime'));
      if (value) return value;
    }
  }
  return null;
}

/** The first element matched that has some text, in the order of the selectors. */
function firstWithText(doc: DomDocument, ...selectors: string[]): DomElement | null {
  for (const selector of selectors) {
    for (const element of doc.querySelectorAll(selector)) if (squash(element.textContent)) return element;
  }
  return null;
}

type Json = { [key: string]: unknown };

/** The article objects of the page's JSON-LD (schema.org NewsArticle and kin), @graph included. */
function linkedData(doc: DomDocument): Json[] {
  const found: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const object = value as Json;
      if (/Article|Posting|Report/.test(String(object['@type']))) found.push(object);
      visit(object['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // a page's broken JSON-LD says nothing; the other sources of metadata remain
    }
  }
  return found;
}

/** A name in JSON-LD: a string, `{ name }`, or the first of a list of either. */
function nameIn(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return squash(first) || null;
  if (first && typeof first === 'object' && 'name' in first) return nameIn((first as Json).name);
  return null;
}

/** The outlet a `<title>` names beside the headline: "Headline | Lakeside Post" → "Lakeside Post". */
function outletInTitle(pageTitle: string, headline: string | null): string | null {
  const parts = pageTitle.split(/\s+[|–—-]\s+/);
  if (parts.length < 2 || !headline) return null;
  const [first, last] = [parts[0], parts.at(-1)];
  if (first === headline) return last ?? null;
  return last === headline ? (first ?? null) : null;
}

/** The author a byline element names, its date left out. */
function authorOf(element: DomElement | null): string | null {
  if (!element) return null;
  let text = element.textContent ?? '';
  for (const time of element.querySelectorAll('time')) text = text.replace(time.textContent ?? '', '');
  return bylineAuthor(squash(text));
}

/**
 * What a page says about itself: the headline (`<h1>`, og:title, `<title>`), the day published (`<time
 * datetime>`, article:published_time, JSON-LD), the byline (rel=author, `.byline`, meta author), the outlet
 * (og:site_name, or the `<title>` beside the headline) and the canonical URL.
 */
export function pageMetadata(doc: DomDocument): ArticleMetadata {
  const ld = linkedData(doc);
  const pageTitle = squash(doc.querySelector('title')?.textContent);
  const h1 = squash(firstWithText(doc, 'article h1', 'main h1', 'h1')?.textContent);
  const title = h1 || meta(doc, 'meta[property="og:title"]', 'meta[name="twitter:title"]') || null;
  const found: ArticleMetadata = {};
  found.title = title ?? (pageTitle.split(/\s+[|–—]\s+/)[0] || nameIn(ld[0]?.headline));
  found.outlet =
    meta(doc, 'meta[property="og:site_name"]', 'meta[name="application-name"]') ??
    outletInTitle(pageTitle, title) ??
    nameIn(ld[0]?.publisher);
  const published = [
    meta(doc, 'meta[property="article:published_time"]', '[itemprop="datePublished"]'),
    ...[...doc.querySelectorAll('article time, main time, header time, time')].map(
      (t) => t.getAttribute('datetime') ?? t.textContent,
    ),
    meta(
      doc,
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="DC.date.issued"]',
    ),
    nameIn(ld[0]?.datePublished),
  ];
  found.publishedAt = published.map((p) => (p ? isoDay(p) : null)).find(Boolean) ?? null;
  found.author =
    authorOf(firstWithText(doc, '[rel="author"]', '.byline', '[itemprop="author"]', '.author')) ??
    bylineAuthor(meta(doc, 'meta[name="author"]') ?? '') ??
    nameIn(ld[0]?.author);
  const url =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'meta[property="og:url"]');
  found.url = url && /^https?:\/\//.test(url) ? url : null;
  return found;
}
