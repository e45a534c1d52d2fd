import { utcDateTime } from '../../lib/history/when.ts';

/** A moment in readable UTC words, its exact ISO time kept for machines. */
export function UtcTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{utcDateTime(iso)}</time>;
}
