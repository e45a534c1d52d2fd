/** What identifies an excerpt on a page: the same words from the same source are one excerpt. */
export interface ListedExcerpt {
  excerpt: string;
  source: { id: string };
}

/** Where a page prints an excerpt: the anchor of its place and how a link to it reads. */
export interface ListedAt {
  anchor: string;
  label: string;
}

const keyOf = (c: ListedExcerpt) => JSON.stringify([c.source.id, c.excerpt]);

/** The anchor of the nth citation on a page, so any fact can link to its source excerpt. */
export const citationAnchor = (prefix: string, index: number) => `${prefix}-${index + 1}`;

/** A numbered list's places (`prefix-1`, `prefix-2`…), e.g. "excerpt 2 under Sources". */
export const numberedPlaces = <C extends ListedExcerpt>(
  citations: readonly C[],
  section: string,
  anchorOf: (citation: C, index: number) => string = (_, index) => citationAnchor('source', index),
) =>
  citations.map((c, index) => ({
    ...c,
    anchor: anchorOf(c, index),
    label: `excerpt ${index + 1} under ${section}`,
  }));

/**
 * Each excerpt printed once on a page: the first of `places` that cites it prints it, every other citation of
 * the same words links there instead (a development, a candidate, a related statement). Answers null where the
 * excerpt is to be printed: at its own place, or when no place on the page prints it.
 */
export function listedExcerpts(places: readonly (ListedExcerpt & ListedAt)[]) {
  const first = new Map<string, ListedAt>();
  for (const place of places) {
    if (!first.has(keyOf(place))) first.set(keyOf(place), { anchor: place.anchor, label: place.label });
  }
  return (c: ListedExcerpt, ownAnchor?: string): ListedAt | null => {
    const at = first.get(keyOf(c));
    return at && at.anchor !== ownAnchor ? at : null;
  };
}
