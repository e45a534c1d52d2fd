import type { z } from 'zod';
import { MeetingSchema } from './meeting.ts';
import { OrganizationSchema } from './organization.ts';
import { PersonSchema } from './person.ts';
import { PlaceSchema } from './place.ts';
import { SourceSchema } from './source.ts';
import { StatementSchema } from './statement.ts';
import { SummitSchema } from './summit.ts';
import { TopicSchema } from './topic.ts';

/** The validator of each record type, keyed by the type's name. */
export const recordSchemas = {
  source: SourceSchema,
  topic: TopicSchema,
  place: PlaceSchema,
  organization: OrganizationSchema,
  person: PersonSchema,
  summit: SummitSchema,
  meeting: MeetingSchema,
  statement: StatementSchema,
} as const;

export type RecordSchemas = typeof recordSchemas;
/** The record of a given type, e.g. `RecordOf<'statement'>`. */
export type RecordOf<T extends keyof RecordSchemas> = z.infer<RecordSchemas[T]>;
/** Any record, tagged with its type. */
export type AnyRecord = { [T in keyof RecordSchemas]: { type: T; record: RecordOf<T> } }[keyof RecordSchemas];

/** Every record of Parley, by type; the order of the keys is the order in which records may be loaded. */
export interface Dataset {
  sources: RecordOf<'source'>[];
  topics: RecordOf<'topic'>[];
  places: RecordOf<'place'>[];
  organizations: RecordOf<'organization'>[];
  people: RecordOf<'person'>[];
  summits: RecordOf<'summit'>[];
  meetings: RecordOf<'meeting'>[];
  statements: RecordOf<'statement'>[];
}

/** The dataset key that holds each record type. */
export const datasetKeys = {
  source: 'sources',
  topic: 'topics',
  place: 'places',
  organization: 'organizations',
  person: 'people',
  summit: 'summits',
  meeting: 'meetings',
  statement: 'statements',
} as const satisfies Record<keyof RecordSchemas, keyof Dataset>;

/** How many records of each type a dataset holds. */
export const countsOf = (dataset: Dataset) =>
  Object.fromEntries(Object.entries(datasetKeys).map(([type, key]) => [type, dataset[key].length])) as {
    [T in keyof RecordSchemas]: number;
  };
