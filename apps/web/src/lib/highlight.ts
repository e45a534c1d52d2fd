/** A piece of text, marked when it is one of the words a search matched. */
export interface Segment {
  text: string;
  match: boolean;
}

const fold = (word: string) => word.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');

/**
 * Splits text into segments so the words a search matched can be marked. Matching is by whole word,
 * ignoring case and accents, against the matched words the API reports (already lowercased).
 */
export function highlight(text: string, matched: readonly string[]): Segment[] {
  const wanted = new Set(matched.map(fold));
  const segments: Segment[] = [];
  const push = (piece: string, match: boolean) => {
    if (piece === '') return;
    const last = segments.at(-1);
    if (last && last.match === match && !match) last.text += piece;
    else segments.push({ text: piece, match });
  };
  let index = 0;
  for (const found of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = found.index;
    push(text.slice(index, start), false);
    push(found[0], wanted.has(fold(found[0])));
    index = start + found[0].length;
  }
  push(text.slice(index), false);
  return segments;
}
