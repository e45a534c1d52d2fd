import type { Meeting, Organization, Person, Place, Source, Statement, Summit, Topic } from '@parley/domain';
import type { EnumOf } from '../../graphql.ts';
import { type DeskKind, publicPath } from '../desk-paths.ts';
import type { ArticleProposal } from './documents.ts';

/** Each kind of record the API proposes, with the Store shape its `record` JSON has. */
interface RecordByType {
  SOURCE: Source;
  STATEMENT: Statement;
  MEETING: Meeting;
  SUMMIT: Summit;
  PERSON: Person;
  PLACE: Place;
  ORGANIZATION: Organization;
  TOPIC: Topic;
}
export type RecordTypeName = EnumOf<'AnyRecordType'> & keyof RecordByType;

interface ItemBase {
  /** Names the item's form fields and problems: stable while the editor reviews. */
  key: string;
  action: EnumOf<'ProposedAction'>;
  expectedRevision: number;
  because: string[];
  accepted: boolean;
}

/** One proposed record under review: as proposed, or as the editor corrected it. */
export type ReviewItem = {
  [T in RecordTypeName]: ItemBase & { type: T; record: RecordByType[T]; before: RecordByType[T] | null };
}[RecordTypeName];

/** A proposal under review: what is kept between the editor's requests (in a hidden field). */
export interface Review {
  sourceId: string;
  items: ReviewItem[];
}

/** A problem to show beside the item (and field) it concerns; `item` null for the proposal as a whole. */
export interface ItemProblem {
  item: string | null;
  field: string | null;
  message: string;
}

/** A proposal as the API answers it, every record accepted until the editor says otherwise. */
export function reviewOf(proposal: ArticleProposal): Review {
  return {
    sourceId: proposal.sourceId,
    items: proposal.records.map(
      (proposed, index) =>
        ({
          key: `r${index}`,
          type: proposed.type,
          action: proposed.action,
          record: proposed.record,
          before: proposed.before ?? null,
          expectedRevision: proposed.expectedRevision,
          because: proposed.because,
          accepted: true,
        }) as ReviewItem,
    ),
  };
}

/** The source record of a review: the article, always written. */
export const sourceOf = (review: Review) =>
  review.items.find((item): item is Extract<ReviewItem, { type: 'SOURCE' }> => item.type === 'SOURCE');

/** The first words of a long text ("I think it's going to be…"). */
export function opening(text: string, count = 10): string {
  const words = text.split(/\s+/);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : text;
}

/** A record's own words for itself: a name, a title, the opening of a quote or paraphrase, else its id. */
export function recordName(record: {
  id: string;
  name?: unknown;
  title?: unknown;
  quote?: unknown;
  paraphrase?: unknown;
}): string {
  for (const words of [record.name, record.title]) if (typeof words === 'string') return words;
  if (typeof record.quote === 'string') return `“${opening(record.quote)}”`;
  if (typeof record.paraphrase === 'string') return opening(record.paraphrase);
  return record.id;
}

/** What each kind of record is called. */
export const TYPE_WORDS: Record<RecordTypeName, string> = {
  SOURCE: 'Article',
  STATEMENT: 'Statement',
  MEETING: 'Meeting',
  SUMMIT: 'Summit',
  PERSON: 'Person',
  PLACE: 'Place',
  ORGANIZATION: 'Organization',
  TOPIC: 'Topic',
};

/** What an item is called on the screen: "Statement 2", "Development 1" (a new step of a recorded summit). */
export function itemTitles(review: Review): Map<string, string> {
  const counts = new Map<string, number>();
  const titles = new Map<string, string>();
  for (const item of review.items) {
    const word = item.type === 'SUMMIT' && item.action === 'UPDATE' ? 'Development' : TYPE_WORDS[item.type];
    const n = (counts.get(word) ?? 0) + 1;
    counts.set(word, n);
    titles.set(item.key, item.type === 'SOURCE' ? 'The article' : `${word} ${n}`);
  }
  return titles;
}

/** Every `{ sourceId, excerpt }` in a record that cites the given source, in the record's order. */
export function excerptsCiting(record: unknown, sourceId: string): string[] {
  const found: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      if (object.sourceId === sourceId && typeof object.excerpt === 'string') found.push(object.excerpt);
      else Object.values(object).forEach(visit);
    }
  };
  visit(record);
  return found;
}

/** The record ids a record refers to: every string under a key ending in `Id` or `Ids` (its own `id` aside). */
export function referencesOf(record: unknown): Set<string> {
  const ids = new Set<string>();
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string' && /Ids?$/.test(key)) ids.add(value);
    else if (Array.isArray(value)) for (const inner of value) visit(inner, key);
    else if (value && typeof value === 'object')
      for (const [name, inner] of Object.entries(value)) visit(inner, name);
  };
  visit(record, '');
  return ids;
}

const PUBLIC_KINDS: Partial<Record<RecordTypeName, DeskKind>> = {
  STATEMENT: 'statements',
  MEETING: 'meetings',
  SUMMIT: 'summits',
  PERSON: 'people',
};

/** The part of a record id after "type:": the slug of the record's address. */
export const slugOfId = (id: string) => id.slice(id.indexOf(':') + 1);

/** The public page of a record, where its kind has one (sources and places have none). */
export function publicHref(type: RecordTypeName, id: string): string | null {
  const kind = PUBLIC_KINDS[type];
  return kind ? publicPath(kind, slugOfId(id)) : null;
}

/** The review kept in the form's hidden field, or null when it is not one (a truncated or altered form). */
export function parseReview(json: string): Review | null {
  try {
    const value = JSON.parse(json) as Review;
    const fits =
      typeof value?.sourceId === 'string' &&
      Array.isArray(value.items) &&
      value.items.every((item) => typeof item?.key === 'string' && typeof item.record?.id === 'string');
    return fits ? value : null;
  } catch {
    return null;
  }
}
