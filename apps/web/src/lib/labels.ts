/** Reader-facing words for the schema's enums, typed from it: a value the schema adds fails the typecheck until it has words here. */
import type { EnumOf } from '../graphql.ts';

export const SUMMIT_STATUS_LABELS: Record<EnumOf<'SummitStatus'>, string> = {
  PROPOSED: 'Proposed',
  ANNOUNCED: 'Announced',
  SCHEDULED: 'Scheduled',
  POSTPONED: 'Postponed',
  CANCELLED: 'Cancelled',
  HELD: 'Held',
};

/** In the order the statement filter offers them. */
export const STATEMENT_KIND_LABELS: Record<EnumOf<'StatementKind'>, string> = {
  STATEMENT: 'Statement',
  REMARKS: 'Remarks',
  TWEET: 'Tweet',
  REPORT: 'Report',
  INTERVIEW: 'Interview',
  REPORTED: 'Reported speech',
};

/** Every statement kind, in the order of its labels. */
export const STATEMENT_KINDS = Object.keys(STATEMENT_KIND_LABELS) as EnumOf<'StatementKind'>[];

export const PARTICIPANT_ROLE_LABELS: Record<EnumOf<'ParticipantRole'>, string> = {
  HOST: 'host',
  GUEST: 'guest',
  ATTENDEE: 'attendee',
};

/** How a related statement reads from the statement being shown, in each direction of the relation. */
export const RELATION_LABELS: Record<EnumOf<'RelationType'>, Record<EnumOf<'RelationDirection'>, string>> = {
  CONTRADICTS: { OUTGOING: 'Contradicts', INCOMING: 'Contradicted by' },
  SUPPORTS: { OUTGOING: 'Supports', INCOMING: 'Supported by' },
  UPDATES: { OUTGOING: 'Updates', INCOMING: 'Updated by' },
  RESPONDS_TO: { OUTGOING: 'Responds to', INCOMING: 'Answered by' },
};

/** Summits still ahead: the home page looks for the next one among these. */
export const UPCOMING_STATUSES: readonly EnumOf<'SummitStatus'>[] = [
  'PROPOSED',
  'ANNOUNCED',
  'SCHEDULED',
  'POSTPONED',
];

/** "90" → "1 hour 30 minutes". */
export function durationLabel(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [];
  if (hours) parts.push(`${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  if (rest) parts.push(`${rest} ${rest === 1 ? 'minute' : 'minutes'}`);
  return parts.join(' ');
}

/** Names joined the way a sentence lists them: "A", "A and B", "A, B and C". */
export function listLabel(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
