import Link from 'next/link';
import type { Piece } from '../../lib/history/pieces.ts';
import type { RecordRef } from '../../lib/history/record-ref.ts';

/** A record a change names: its slug, linked to its public page when it has one (its full id on hover). */
function RecordName({ record }: { record: RecordRef }) {
  return record.href ? (
    <Link href={record.href}>{record.slug}</Link>
  ) : (
    <span title={record.id}>{record.slug}</span>
  );
}

/** A sentence about a change: its words, and the records it names. */
export function PiecesText({ pieces }: { pieces: readonly Piece[] }) {
  return pieces.map((piece, index) =>
    typeof piece === 'string' ? (
      piece
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: a sentence's pieces have no identity but their place, and never reorder
      <RecordName key={index} record={piece.ref} />
    ),
  );
}
