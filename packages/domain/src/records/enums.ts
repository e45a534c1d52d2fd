import { z } from 'zod';

/** How finely a fuzzy date is known. */
export const DatePrecision = z.enum(['DAY', 'PART_OF_MONTH', 'MONTH', 'YEAR', 'RANGE']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** Where a summit stands in its life. */
export const SummitStatus = z.enum(['PROPOSED', 'ANNOUNCED', 'SCHEDULED', 'POSTPONED', 'CANCELLED', 'HELD']);
export type SummitStatus = z.infer<typeof SummitStatus>;

/** The form a statement took. */
export const StatementKind = z.enum(['STATEMENT', 'REMARKS', 'TWEET', 'REPORT', 'INTERVIEW', 'REPORTED']);
export type StatementKind = z.infer<typeof StatementKind>;

/** How one statement bears on another. */
export const RelationType = z.enum(['CONTRADICTS', 'SUPPORTS', 'UPDATES', 'RESPONDS_TO']);
export type RelationType = z.infer<typeof RelationType>;

/** The part a person played in a meeting or summit. */
export const ParticipantRole = z.enum(['HOST', 'GUEST', 'ATTENDEE']);
export type ParticipantRole = z.infer<typeof ParticipantRole>;

/** What sort of place a place is; `within` links them into a hierarchy. */
export const PlaceKind = z.enum(['COUNTRY', 'REGION', 'CITY', 'DISTRICT', 'BUILDING', 'ROOM']);
export type PlaceKind = z.infer<typeof PlaceKind>;

/** What sort of body an organization is. */
export const OrganizationKind = z.enum(['GOVERNMENT', 'AGENCY', 'OFFICE', 'PARTY', 'MEDIA', 'PROGRAM']);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

/** What sort of document a source is. */
export const SourceKind = z.enum(['ARTICLE', 'PRESS_RELEASE', 'TRANSCRIPT', 'DOCUMENT', 'SYNTHETIC']);
export type SourceKind = z.infer<typeof SourceKind>;

/** The record types that the Store serves. */
export const RecordType = z.enum([
  'person',
  'organization',
  'place',
  'source',
  'topic',
  'summit',
  'meeting',
  'statement',
]);
export type RecordType = z.infer<typeof RecordType>;
