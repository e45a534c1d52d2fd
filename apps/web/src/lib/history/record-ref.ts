import { type DeskKind, publicPath } from '../desk-paths.ts';

/** The record types with a public page, and the kind their addresses use. */
const KINDS = new Map<string, DeskKind>([
  ['summit', 'summits'],
  ['meeting', 'meetings'],
  ['statement', 'statements'],
  ['person', 'people'],
]);

/** The desk kind of a record type, whether the Store's (`person`) or the API's (`PERSON`); null when it has no pages. */
export const deskKindOf = (type: string): DeskKind | null => KINDS.get(type.toLowerCase()) ?? null;

/** Another record named in a revision: its record id, its slug, and its public page when it has one. */
export interface RecordRef {
  id: string;
  slug: string;
  href: string | null;
}

const RECORD_ID = /^([a-z]+):([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Whether a value is a Store record id such as "person:donald-trump". */
export const isRecordId = (value: unknown): value is string =>
  typeof value === 'string' && RECORD_ID.test(value);

/**
 * The reference a record id makes: a record's id is made from its first slug, so the slug it shows (and the
 * page it links to) is the one the record had when it was created.
 */
export function refOf(id: string): RecordRef | null {
  const [, type = '', slug = ''] = RECORD_ID.exec(id) ?? [];
  if (!slug) return null;
  const kind = deskKindOf(type);
  return { id, slug, href: kind ? publicPath(kind, slug) : null };
}

/** What one record of each desk kind is called. */
export const KIND_NAMES: Record<DeskKind, string> = {
  summits: 'Summit',
  meetings: 'Meeting',
  statements: 'Statement',
  people: 'Person',
};
