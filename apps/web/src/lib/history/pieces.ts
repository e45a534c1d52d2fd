import type { RecordRef } from './record-ref.ts';

/** A run of a sentence about a change: words, or a record it names (shown as its slug, linked when it can be). */
export type Piece = string | { ref: RecordRef };

/** A sentence's pieces as plain text: a record as its slug. */
export const plainText = (pieces: readonly Piece[]): string =>
  pieces.map((piece) => (typeof piece === 'string' ? piece : piece.ref.slug)).join('');

/** Parts joined by a separator, e.g. a list's items by "; ". */
export function joined(parts: readonly (readonly Piece[])[], separator: string): Piece[] {
  return parts.flatMap((part, index) => (index === 0 ? [...part] : [separator, ...part]));
}
