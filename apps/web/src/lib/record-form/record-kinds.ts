import { MeetingSchema, PersonSchema, StatementSchema, SummitSchema } from '@parley/domain';
import type { DeskKind } from '../desk-paths.ts';
import { describeRecord } from './describe.ts';
import type { FieldDescriptor } from './descriptors.ts';
import { fieldWords } from './field-words.ts';
import { meetings } from './kinds/meetings.ts';
import { people } from './kinds/people.ts';
import { statements } from './kinds/statements.ts';
import { summits } from './kinds/summits.ts';
import type { RecordKind } from './record-kind.ts';

/** How the desk reads and writes each kind of record it edits. */
export const recordKinds: Record<DeskKind, RecordKind> = { summits, meetings, statements, people };

/** The validator of each kind of record the desk edits: the Store's, so the form checks what the API will. */
export const recordSchemas = {
  summits: SummitSchema,
  meetings: MeetingSchema,
  statements: StatementSchema,
  people: PersonSchema,
} satisfies Record<DeskKind, unknown>;

/**
 * Fields no update mutation takes: the id and slug are made once, a retraction and a merge are an admin's own
 * mutations, and a summit's developments are added one at a time by `addSummitDevelopment`.
 */
export const NOT_EDITED = ['id', 'slug', 'retractionReason', 'mergedIntoId', 'developments'];

/** The form fields of a kind of record, generated from its validator. */
export const recordFields = (kind: DeskKind): FieldDescriptor[] =>
  describeRecord(recordSchemas[kind], fieldWords, NOT_EDITED);
