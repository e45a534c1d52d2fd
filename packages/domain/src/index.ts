export {
  citedSourceIds,
  type DatedType,
  datedTypes,
  isDated,
  latestOf,
  type PublishedAt,
  recordAsOf,
  reportedBy,
  summitAsOf,
} from './as-of.ts';
export * from './editing/index.ts';
export * from './fuzzy-date/index.ts';
export { type Citation, CitationSchema } from './records/citation.ts';
export { Aliases, Id, IsoDate, Slug } from './records/common.ts';
export {
  type AnyRecord,
  countsOf,
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
export { type Coordinates, CoordinatesSchema, type Place, PlaceSchema } from './records/place.ts';
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
export * from './store/change.ts';
export { createMemoryStore } from './store/memory-store.ts';
// What any other Store needs to answer as the memory store does: the store rules (orders and their cursors,
// date windows, search texts and weights, integrity of writes) and how pages are read and put together.
export {
  DEFAULT_PAGE_SIZE,
  lazyCount,
  type PageWindow,
  pageOf,
  paginate,
  readPageArgs,
} from './store/paging.ts';
export * from './store/port.ts';
export * from './store/revision.ts';
export { checkCommit, checkRevisions, datasetOfPuts, inPutOrder, putId } from './store/rules/commit.ts';
export {
  type CursorKey,
  changesOrder,
  historyOrder,
  type KeyKind,
  type ListOrder,
  meetingOrder,
  NO_DATE,
  NO_ORDINAL,
  personOrder,
  type SortKey,
  searchOrder,
  sortOf,
  statementOrder,
  summitOrder,
  textKey,
  timelineOrder,
} from './store/rules/order.ts';
export { checkScope, listed } from './store/rules/scope.ts';
export {
  type SearchTextPart,
  type SearchWeight,
  searchTexts,
  searchWeights,
} from './store/rules/search-texts.ts';
export { checkWindow, timeWindow } from './store/rules/window.ts';
export { SIMILARITY_THRESHOLD, similarity, words } from './store/text-match.ts';
export { ValidationError, validateRecord } from './validate.ts';
export {
  DatasetError,
  type DatasetProblem,
  type HeldRecords,
  type RecordPlace,
  validateDataset,
  validateWrite,
} from './validate-dataset.ts';
export { AccountRole, type Viewer } from './viewer.ts';
