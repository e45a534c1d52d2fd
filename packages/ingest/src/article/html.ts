import { Readability } from '@mozilla/readability';
import {
  type DomDocument,
  type DomElement,
  type DomNode,
  ELEMENT_NODE,
  parsePage,
  TEXT_NODE,
} from './dom.ts';
import { pageMetadata } from './html-metadata.ts';
import { paragraphsOf } from './paragraphs.ts';
import type { ArticleMetadata } from './types.ts';

const blocks = new Set(
  'address article blockquote dd div dl dt details fieldset hr li main ol p pre section table tbody thead tfoot tr td th ul caption summary center'.split(
    ' ',
  ),
);
// Never the story, though readability may keep them (a figure and its caption, an aside, a subhead).
const skipped = new Set(
  'script style noscript template iframe svg figure figcaption aside nav footer header form button select input textarea label h1 h2 h3 h4 h5 h6 picture video audio canvas object embed menu dialog title head'.split(
    ' ',
  ),
);
const boilerplateRoles = /^(?:navigation|complementary|banner|contentinfo|dialog|alertdialog|search|menu)$/;
const boilerplateClass =
  /(?:^|[-_\s])(?:share|sharing|social|related|newsletter|subscribe|signup|promo|advert|ads?|sponsor(?:ed)?|caption|credit|byline|author|dateline|timestamp|cookies?|consent|banner|breadcrumbs?|tags|comments?|footer|nav|menu|toolbar|recirc|more-stories|read-more|paywall|outbrain|taboola)(?:$|[-_\s])/i;

// Longer than this, or with paragraphs, an element is not a box of furniture whatever its class says.
const FURNITURE_CHARS = 500;

/** An element whose text is never the story: furniture by its tag, role, class or id, or hidden. */
function isSkipped(element: DomElement): boolean {
  if (skipped.has(element.tagName.toLowerCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if (/display:\s*none|visibility:\s*hidden/i.test(element.getAttribute('style') ?? '')) return true;
  if (boilerplateRoles.test(element.getAttribute('role') ?? '')) return true;
  // a class names furniture only on a small element: "story has-byline" may hold the whole story
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (!boilerplateClass.test(names)) return false;
  return (
    (element.textContent ?? '').length <= FURNITURE_CHARS && [...element.querySelectorAll('p')].length < 2
  );
}

/** Takes the furniture out of a page, so that neither readability nor the fallback reads it. */
function stripFurniture(page: DomDocument) {
  for (const element of [...page.querySelectorAll('*')]) if (isSkipped(element)) element.remove();
}

/** The text of a node as a reader sees it: blocks apart by a blank line, `<br>` a line break, spaces collapsed. */
function render(node: DomNode): string {
  let text = '';
  const visit = (parent: DomNode) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === TEXT_NODE) text += (child.textContent ?? '').replace(/\s+/g, ' ');
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as DomElement).tagName.toLowerCase();
      if (tag === 'br') text += '\n';
      const block = blocks.has(tag);
      if (block) text += '\n\n';
      visit(child);
      if (block) text += '\n\n';
    }
  };
  visit(node);
  return text.replace(/ {2,}/g, ' ');
}

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/**
 * An HTML page's story as paragraphs, and what the page says about itself. Furniture elements (by tag, role,
 * class, or hidden) are taken out; the body is then the one `@mozilla/readability` finds, read by blocks with
 * the same furniture rules as plain text; the whole page's body when readability finds no story.
 */
export function readHtml(html: string): { paragraphs: string[]; found: ArticleMetadata } {
  const page = parsePage(html);
  const found = pageMetadata(page);
  stripFurniture(page);
  // readability rewrites the page it reads: keep the whole body's text for when it finds no story
  const whole = page.body ? render(page.body) : '';
  const story = new Readability<DomNode>(page as unknown as ReadabilityDocument, {
    keepClasses: true,
    serializer: (node) => node as unknown as DomNode,
  }).parse()?.content;
  const paragraphs = story ? paragraphsOf(render(story)) : [];
  return { paragraphs: paragraphs.length > 0 ? paragraphs : paragraphsOf(whole), found };
}
