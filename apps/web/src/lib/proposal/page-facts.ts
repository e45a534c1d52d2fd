/** What an article's page says about itself, for the fields an editor left empty. */
export interface PageFacts {
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  author: string | null;
  url: string | null;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
};

/** Text with its character references decoded and its whitespace squashed, as a page shows it. */
export function pageText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
      const code =
        name[1]?.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The attributes of every `<tag …>` in the page, names lowercased. */
function tagsNamed(html: string, tag: string): Map<string, string>[] {
  const found: Map<string, string>[] = [];
  for (const [, inside = ''] of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attributes = new Map<string, string>();
    for (const [, name = '', a, b, c] of inside.matchAll(
      /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g,
    ))
      attributes.set(name.toLowerCase(), pageText(a ?? b ?? c ?? ''));
    found.push(attributes);
  }
  return found;
}

/** The first non-empty `content` of the `<meta>` whose property or name is one of `keys`, in their order. */
function metaContent(metas: Map<string, string>[], ...keys: string[]): string | null {
  for (const key of keys) {
    const meta = metas.find((m) => (m.get('property') ?? m.get('name'))?.toLowerCase() === key);
    const content = meta?.get('content');
    if (content) return content;
  }
  return null;
}

/** The text inside the first `<tag>` (optionally with a class containing `className`) that has some. */
function elementText(html: string, tag: string, className?: string): string | null {
  const withClass = className ? `[^>]*class\\s*=\\s*["'][^"']*\\b${className}\\b` : '';
  const element = new RegExp(`<(${tag})\\b${withClass}[^>]*>([\\s\\S]*?)</\\1\\s*>`, 'gi');
  for (const [, , inner = ''] of html.matchAll(element)) {
    const text = pageText(inner);
    if (text) return text;
  }
  return null;
}

const isoDay = (value: string | null | undefined) => /^\d{4}-\d{2}-\d{2}/.exec(value ?? '')?.[0] ?? null;
const webAddress = (value: string | null | undefined) =>
  value && /^https?:\/\/\S+$/i.test(value) ? value : null;

/** "By Ruth Okafor · June 2, 2018" → "Ruth Okafor". */
function bylineName(byline: string | null): string | null {
  const name = /^\s*by\s+(.+?)(?:\s*[·|•,]\s.*|\s+[–—]\s.*|\s*$)/i.exec(byline ?? '')?.[1];
  return name?.trim() || null;
}

/** "Headline | Lakeside Post" → the outlet beside the headline, when one part is the headline. */
function outletBeside(pageTitle: string | null, headline: string | null): string | null {
  const parts = (pageTitle ?? '').split(/\s+[|–—-]\s+/);
  if (parts.length < 2 || !headline) return null;
  if (parts[0] === headline) return parts.at(-1) ?? null;
  return parts.at(-1) === headline ? (parts[0] ?? null) : null;
}

/**
 * The title, outlet, day published, author and address a page gives in its markup: Open Graph and article
 * meta tags first, then `<h1>`, `<title>`, `<time datetime>`, a byline and the canonical link.
 */
export function pageFacts(html: string): PageFacts {
  const metas = tagsNamed(html, 'meta');
  const links = tagsNamed(html, 'link');
  const times = tagsNamed(html, 'time');
  const pageTitle = elementText(html, 'title');
  const headline = metaContent(metas, 'og:title', 'twitter:title') ?? elementText(html, 'h1');
  const canonical = links
    .find((l) => l.get('rel')?.toLowerCase().split(/\s+/).includes('canonical'))
    ?.get('href');
  return {
    title: headline ?? pageTitle?.split(/\s+[|–—]\s+/)[0] ?? null,
    outlet: metaContent(metas, 'og:site_name', 'application-name') ?? outletBeside(pageTitle, headline),
    publishedAt:
      isoDay(metaContent(metas, 'article:published_time', 'date', 'pubdate', 'dc.date.issued')) ??
      isoDay(times.find((t) => isoDay(t.get('datetime')))?.get('datetime')),
    author:
      bylineName(metaContent(metas, 'author', 'article:author')) ??
      metaContent(metas, 'author', 'article:author') ??
      bylineName(elementText(html, '\\w+', 'byline')),
    url: webAddress(canonical) ?? webAddress(metaContent(metas, 'og:url')),
  };
}

/** Whether pasted text is a web page rather than the article's words. */
export const looksLikeHtml = (text: string) =>
  /<(?:!doctype\s+html|html|head|body|article|main|p|div)\b[^>]*>/i.test(text);

/**
 * A page without what never holds the article's words (scripts other than JSON-LD metadata, styles, SVG,
 * comments, inline styles and data attributes), so a real page fits the API's request size.
 */
export function slimHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<(style|svg|noscript|template|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[a-z][^>]*>/gi, (tag) =>
      tag.replace(/\s(?:style|on[a-z]+|data-[\w-]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)/gi, ''),
    )
    .replace(/\n\s*\n\s*/g, '\n');
}
