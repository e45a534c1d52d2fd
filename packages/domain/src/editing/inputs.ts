import type { z } from 'zod';
import type { RecordSchemas } from '../records/dataset.ts';
import type { RecordType, SummitStatus } from '../records/enums.ts';
import type { FuzzyDate } from '../records/fuzzy-date.ts';

/** The record types an editor creates (topics come with the data). */
export type EditableType = Exclude<RecordType, 'topic'>;

/** A record as an editor gives it: what its validator accepts (defaults may be left out). */
type Given<T extends EditableType> = Omit<z.input<RecordSchemas[T]>, 'retractionReason' | 'mergedIntoId'>;

/**
 * What a create may leave out beyond what the validators default (lists empty, nullable fields null): nothing
 * that would state a fact, only a source's kind.
 */
export const createDefaults = {
  source: { kind: 'ARTICLE' },
  person: {},
  place: {},
  organization: {},
  meeting: {},
  summit: {},
  statement: {},
} satisfies { [T in EditableType]: Partial<Given<T>> };

type Defaulted<T extends EditableType> = keyof (typeof createDefaults)[T] & keyof Given<T>;

/** Why a change was made, as the editor gives it; kept with the revision. */
interface Reasoned {
  reason?: string | null;
}

/**
 * A new record: its fields without an id; the slug, when not given, is made from the title or name (a
 * statement's from its speaker or organization, date and kind), and the id from the slug.
 */
export type CreateInput<T extends EditableType> = Omit<Given<T>, 'id' | 'slug' | Defaulted<T>> &
  Partial<Pick<Given<T>, Defaulted<T>>> &
  Reasoned & { slug?: string };

/** A change of a record: the revision the editor read, and the fields that change (others stay as they are). */
export type UpdateInput<T extends EditableType> = Partial<Omit<Given<T>, 'id'>> &
  Reasoned & { id: string; expectedRevision: number };

/** A step in a summit's history, and what it makes of the summit. */
export interface SummitDevelopmentInput extends Reasoned {
  /** The summit's id. */
  id: string;
  expectedRevision: number;
  /** The summit's status from now on. */
  status: SummitStatus;
  description: string;
  citation: { sourceId: string; excerpt: string };
  /** When the development happened, when the source says. */
  date?: FuzzyDate | null;
  /** The summit's date as this development gives it (left as it was when not given). */
  summitDate?: FuzzyDate | null;
  /** The place the summit is held at as this development gives it (left as it was when not given). */
  locationId?: string | null;
}

/** A record to retract, the revision read, and why (shown to readers with the record). */
export interface RetractInput {
  id: string;
  expectedRevision: number;
  reason: string;
}

/** Two records of one person: the duplicate is merged into the survivor. */
export interface MergePeopleInput extends Reasoned {
  survivorId: string;
  duplicateId: string;
}

/** Records of any types to write together, each with the revision its writer read (0 for a new one). */
export interface ApplyInput extends Reasoned {
  records: { type: RecordType; record: unknown; expectedRevision: number }[];
}

/** Back to an earlier revision's record, written as a new revision. */
export interface RevertInput extends Reasoned {
  id: string;
  /** The earlier revision whose record to restore. */
  revision: number;
  expectedRevision: number;
}
