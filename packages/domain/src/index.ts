export * from './fuzzy-date/index.ts';
export { type Citation, CitationSchema } from './records/citation.ts';
export { Aliases, Id, IsoDate, Slug } from './records/common.ts';
export {
  type AnyRecord,
  type Dataset,
  datasetKeys,
  type RecordOf,
  recordSchemas,
} from './records/dataset.ts';
export * from './records/enums.ts';
export { type FuzzyDate, FuzzyDateSchema } from './records/fuzzy-date.ts';
export { type Meeting, MeetingSchema } from './records/meeting.ts';
export { type Organization, OrganizationSchema } from './records/organization.ts';
export { type Participant, ParticipantSchema } from './records/participant.ts';
export { type Person, PersonSchema, type Role, RoleSchema } from './records/person.ts';
export { type Place, PlaceSchema } from './records/place.ts';
export { type Source, SourceSchema } from './records/source.ts';
export {
  type Statement,
  type StatementRelation,
  StatementRelationSchema,
  StatementSchema,
} from './records/statement.ts';
export {
  type CandidateLocation,
  CandidateLocationSchema,
  type Summit,
  type SummitDevelopment,
  SummitDevelopmentSchema,
  SummitSchema,
} from './records/summit.ts';
export { type Topic, TopicSchema } from './records/topic.ts';
export { type Reference, referencesOf } from './references.ts';
export { seedDataset } from './seed/index.ts';
export { createMemoryStore } from './store/memory-store.ts';
export * from './store/paging.ts';
export * from './store/port.ts';
export { SIMILARITY_THRESHOLD, similarity, stem, words } from './store/text-match.ts';
export { ValidationError, validateRecord } from './validate.ts';
export { DatasetError, validateDataset } from './validate-dataset.ts';
