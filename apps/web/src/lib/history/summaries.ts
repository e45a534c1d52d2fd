import {
  durationLabel,
  PARTICIPANT_ROLE_LABELS,
  RELATION_LABELS,
  STATEMENT_KIND_LABELS,
  SUMMIT_STATUS_LABELS,
} from '../labels.ts';
import { humanise } from './fields.ts';
import { joined, type Piece } from './pieces.ts';
import { isRecordId, refOf } from './record-ref.ts';

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The site's words for the schema's enum values, by the field holding them (a place's `kind` falls back to its own). */
const ENUM_WORDS: Record<string, Record<string, string>> = {
  status: SUMMIT_STATUS_LABELS,
  kind: STATEMENT_KIND_LABELS,
  role: PARTICIPANT_ROLE_LABELS,
  type: Object.fromEntries(Object.entries(RELATION_LABELS).map(([type, words]) => [type, words.OUTGOING])),
};

/** An enum value in words: the site's own when it has them ("Reported speech"), else "PRESS_RELEASE" → "Press release". */
function enumWords(field: string, value: string): string {
  const words = ENUM_WORDS[field];
  if (words && Object.hasOwn(words, value)) return words[value] as string;
  return humanise(value.toLowerCase());
}

/** A fuzzy date as the source put it and as EDTF ("“June 2018” (2018-06)"), so a change of either shows. */
function dateWords(date: Fields): string {
  const edtf = String(date.edtf);
  return typeof date.text === 'string' && date.text ? `“${date.text}” (${edtf})` : edtf;
}

const quoted = (text: unknown): Piece[] => [`“${String(text)}”`];

/** A record id as a reference piece, or as its text when it is not one. */
const refPiece = (id: unknown): Piece[] => {
  const ref = isRecordId(id) ? refOf(id) : null;
  return ref ? [{ ref }] : [String(id)];
};

/** "“the words” in cbs-article": a citation's excerpt and its source. */
const citation = (c: Fields): Piece[] => [...quoted(c.excerpt), ' in ', ...refPiece(c.sourceId)];

/** Optional parts of a summary, each introduced by its words, left out when the field is empty. */
function parts(item: Fields, spec: readonly [field: string, words: string][]): Piece[] {
  return spec.flatMap(([field, words]) =>
    item[field] == null ? [] : [words, ...summarise(field, item[field])],
  );
}

/** How to summarise one item of each list field (and a single citation), readably rather than as JSON. */
const ITEM_SUMMARIES: Record<string, (item: Fields) => Piece[]> = {
  citation,
  citations: citation,
  participants: (p) => [...refPiece(p.personId), ` (${enumWords('role', String(p.role))})`],
  roles: (r) => [
    String(r.title),
    ...parts(r, [
      ['organizationId', ', '],
      ['from', ', from '],
      ['to', ', until '],
      ['citation', ', citing '],
    ]),
  ],
  developments: (d) => [
    `${enumWords('status', String(d.status))}: `,
    ...summarise('description', d.description),
    ...parts(d, [
      ['date', ', on '],
      ['summitDate', ', summit date '],
      ['locationId', ', at '],
      ['citation', ', citing '],
    ]),
  ],
  candidateLocations: (c) => [
    ...refPiece(c.placeId),
    ...parts(c, [
      ['reportedById', ', reported by '],
      ['reportedByOrganizationId', ', reported by '],
      ['citation', ', citing '],
    ]),
  ],
  relations: (r) => [
    `${enumWords('type', String(r.type))} `,
    ...refPiece(r.targetId),
    ...parts(r, [
      ['note', ': '],
      ['citation', ', citing '],
    ]),
  ],
};

/** Any other object, field by field ("Note: “…”, Target: x"). */
const anyFields = (item: Fields): Piece[] =>
  joined(
    Object.entries(item)
      .filter(([, value]) => value != null)
      .map(([field, value]) => [`${humanise(field)}: `, ...summarise(field, value)]),
    ', ',
  );

/** A field's value (or a list's item) in words, naming records by their slug. */
export function summarise(field: string, value: unknown): Piece[] {
  if (value == null) return ['nothing'];
  if (Array.isArray(value))
    return joined(
      value.map((item) => summarise(field, item)),
      '; ',
    );
  if (isFields(value)) {
    if ('edtf' in value) return [dateWords(value)];
    const summary = Object.hasOwn(ITEM_SUMMARIES, field) ? ITEM_SUMMARIES[field] : undefined;
    return (summary ?? anyFields)(value);
  }
  if (field === 'durationMinutes' && typeof value === 'number') return [durationLabel(value)];
  if (typeof value !== 'string') return [String(value)];
  if (isRecordId(value)) return refPiece(value);
  if (Object.hasOwn(ENUM_WORDS, field)) return [enumWords(field, value)];
  return quoted(value);
}
