import {
  DatePrecision,
  OrganizationKind,
  ParticipantRole,
  PlaceKind,
  RecordType,
  RelationType,
  SourceKind,
  StatementKind,
  SummitStatus,
} from '@parley/domain';
import { pgEnum } from 'drizzle-orm/pg-core';

// The domain's zod enums are the single list of values; the database mirrors them.
const values = <T extends string>(e: { options: T[] }) => e.options as [T, ...T[]];

export const datePrecision = pgEnum('date_precision', values(DatePrecision));
export const summitStatus = pgEnum('summit_status', values(SummitStatus));
export const statementKind = pgEnum('statement_kind', values(StatementKind));
export const relationType = pgEnum('relation_type', values(RelationType));
export const participantRole = pgEnum('participant_role', values(ParticipantRole));
export const placeKind = pgEnum('place_kind', values(PlaceKind));
export const organizationKind = pgEnum('organization_kind', values(OrganizationKind));
export const sourceKind = pgEnum('source_kind', values(SourceKind));
export const recordType = pgEnum('record_type', values(RecordType));
