/** What the caller (or the page) says about an article: every field optional until the proposal needs it. */
export interface ArticleMetadata {
  title?: string | null;
  outlet?: string | null;
  /** YYYY-MM-DD. */
  publishedAt?: string | null;
  url?: string | null;
  author?: string | null;
}

/** A span of the article's body text: `text === body.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A sentence of the body, with the paragraph it is in (0-based). */
export interface Sentence extends Span {
  paragraph: number;
}

/**
 * An article as ingestion reads it: the body alone (no navigation, captions, credits, notices or stray
 * headlines), verbatim, as paragraphs joined by a blank line; its paragraphs and sentences as spans of it; and
 * the metadata the page itself gives (a title, a `<time>`, a byline).
 */
export interface Article {
  body: string;
  paragraphs: Span[];
  sentences: Sentence[];
  /** From the page itself; the caller's metadata takes precedence over it. */
  found: ArticleMetadata;
}

/**
 * Someone named in a sentence, as written: "White House press secretary Sarah Sanders" gives the name "Sarah
 * Sanders", the title "press secretary" and the organization words "White House"; "he" resolved to the last
 * named person gives that person's name and `resolvedFrom: "he"`.
 */
export interface NameMention {
  /** The proper name, e.g. "Sarah Sanders", "Kim Yong Chol", "Pompeo". */
  name: string;
  /** The words of the mention as they stand in the sentence, e.g. "press secretary Sarah Sanders". */
  text: string;
  /** A title the mention gives, e.g. "press secretary", "first vice foreign minister". */
  title?: string | null;
  /** The organization or country the title belongs to as written, e.g. "White House", "North Korea's". */
  organization?: string | null;
  /** Set when the mention was a pronoun or a bare title ("he", "the president") resolved to a named person. */
  resolvedFrom?: string | null;
}
