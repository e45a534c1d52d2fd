import { parseHTML } from 'linkedom';

/** The little of the DOM that reading an article uses (linkedom's types lean on lib.dom, which we do not load). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: Iterable<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
  remove(): void;
}

export interface DomDocument extends DomElement {
  body: DomElement | null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** A page parsed by linkedom; a fragment is put in a page first (linkedom makes its first tag the root). */
export function parsePage(html: string): DomDocument {
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as DomDocument;
}
