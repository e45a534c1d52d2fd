/** Plain-text matching for the memory store: words, crude stems, and pg_trgm-style name similarity. */

const STOP_WORDS = new Set(
  'a an and are as at be by for from has have in is it its of on or that the to was were will with'.split(
    ' ',
  ),
);

/** Lowercased words of a text, stop words dropped. */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((w) => !STOP_WORDS.has(w));
}

/** A rough English stem, enough that "summits" finds "summit" and "meetings" finds "meeting". */
export function stem(word: string): string {
  const stemmed = word.replace(/(ations?|ings?|ed|es|s)$/, '');
  return stemmed.length >= 3 ? stemmed : word;
}

function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of words(text)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/** Share of trigrams two texts have in common, as PostgreSQL's pg_trgm `similarity()` computes it. */
export function similarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return common / (x.size + y.size - common);
}

/** pg_trgm's default threshold for the `%` operator. */
export const SIMILARITY_THRESHOLD = 0.3;

export interface WeightedText {
  text: string;
  weight: number;
}

/**
 * Scores a record's weighted texts against a query: every query word must occur (by stem) somewhere,
 * and the score sums the weights of the fields each word was found in. Returns the words that matched.
 */
export function scoreText(query: string, fields: WeightedText[]): { rank: number; matches: string[] } | null {
  const terms = words(query);
  if (terms.length === 0) return null;
  let rank = 0;
  const matches = new Set<string>();
  for (const term of terms) {
    const termStem = stem(term);
    let found = false;
    for (const field of fields) {
      const hits = words(field.text).filter((w) => stem(w) === termStem || w.startsWith(term));
      if (hits.length > 0) {
        found = true;
        rank += field.weight;
        for (const hit of hits) matches.add(hit);
      }
    }
    if (!found) return null;
  }
  return { rank, matches: [...matches] };
}
