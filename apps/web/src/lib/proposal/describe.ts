import { durationLabel, SUMMIT_STATUS_LABELS } from '../labels.ts';
import type { ReviewItem } from './review.ts';

/** Words for ids and dates (`wordsFor`, made on the server). */
export type Words = Readonly<Record<string, string>>;

/** The key of a date's words in a `Words` map. */
export const dateKey = (edtf: string) => `date:${edtf}`;

/** A date in words ("1 June 2018"), or its EDTF when no words were made for it. */
export const dateWords = (date: { edtf: string } | null, words: Words) =>
  date ? (words[dateKey(date.edtf)] ?? date.edtf) : 'no date';

/** A record id in words: the record's name when known, else the id itself. */
export const idWords = (id: string | null, words: Words) => (id ? (words[id] ?? id) : 'none');

const quoted = (value: unknown) => (typeof value === 'string' ? `“${value}”` : 'none');

type Describe = (value: never, words: Words) => string;

/** How each field of a recorded record reads in a list of what an update changes; lists without `describe` are counted. */
const FIELDS: Record<string, { label: string; describe?: Describe }> = {
  title: { label: 'Title', describe: quoted },
  name: { label: 'Name', describe: quoted },
  description: { label: 'Description', describe: quoted },
  quote: { label: 'Quote', describe: quoted },
  paraphrase: { label: 'Paraphrase', describe: quoted },
  date: { label: 'Date', describe: dateWords },
  durationMinutes: {
    label: 'Duration',
    describe: (minutes: number | null) => (minutes ? durationLabel(minutes) : 'not given'),
  },
  locationId: { label: 'Place', describe: idWords },
  venueId: { label: 'Venue', describe: idWords },
  summitId: { label: 'Summit', describe: idWords },
  meetingId: { label: 'Meeting', describe: idWords },
  speakerId: { label: 'Speaker', describe: idWords },
  status: {
    label: 'Status',
    describe: (status: keyof typeof SUMMIT_STATUS_LABELS) => SUMMIT_STATUS_LABELS[status] ?? status,
  },
  participants: {
    label: 'Participants',
    describe: (participants: { personId: string }[], words) =>
      participants.map((p) => idWords(p.personId, words)).join(', ') || 'none',
  },
  citations: { label: 'Citations' },
  developments: { label: 'Developments' },
  candidateLocations: { label: 'Candidate places' },
  topicIds: { label: 'Topics' },
  aliases: { label: 'Other names' },
  roles: { label: 'Roles' },
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** An entry of a list as compared: a development's place in the sequence is not part of what it says. */
const entry = (value: unknown) =>
  JSON.stringify(value && typeof value === 'object' ? { ...value, sequence: undefined } : value);

/** How a list changed, its entries matched whatever their order: "1 added", "1 changed", "2 removed". */
function listChange(before: readonly unknown[], after: readonly unknown[]): string {
  const unmatched = before.map(entry);
  let added = 0;
  for (const value of after.map(entry)) {
    const at = unmatched.indexOf(value);
    if (at >= 0) unmatched.splice(at, 1);
    else added++;
  }
  const changed = Math.min(added, unmatched.length);
  return [
    added > changed ? `${added - changed} added` : null,
    changed > 0 ? `${changed} changed` : null,
    unmatched.length > changed ? `${unmatched.length - changed} removed` : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/** What an update changes in the recorded version, one line a field: "Date: June 2018 → 1 June 2018". */
export function changesOf(item: ReviewItem, words: Words): string[] {
  if (!item.before) return [];
  const before: Record<string, unknown> = item.before;
  const after: Record<string, unknown> = item.record;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key) => {
    const [was, is] = [before[key] ?? null, after[key] ?? null];
    if (same(was, is)) return [];
    const field = FIELDS[key] ?? { label: key };
    if (field.describe)
      return [
        `${field.label}: ${field.describe(was as never, words)} → ${field.describe(is as never, words)}`,
      ];
    if (Array.isArray(was) && Array.isArray(is)) return [`${field.label}: ${listChange(was, is)}`];
    return [`${field.label}: changed`];
  });
}
