/** Reader-facing words for the schema's enums. */

export const SUMMIT_STATUS_LABELS = {
  PROPOSED: 'Proposed',
  ANNOUNCED: 'Announced',
  SCHEDULED: 'Scheduled',
  POSTPONED: 'Postponed',
  CANCELLED: 'Cancelled',
  HELD: 'Held',
} as const;

export const STATEMENT_KIND_LABELS = {
  STATEMENT: 'Statement',
  REMARKS: 'Remarks',
  TWEET: 'Tweet',
  REPORT: 'Report',
  INTERVIEW: 'Interview',
  REPORTED: 'Reported speech',
} as const;

export const PARTICIPANT_ROLE_LABELS = {
  HOST: 'host',
  GUEST: 'guest',
  ATTENDEE: 'attendee',
} as const;

/** How a related statement reads from the statement being shown, in each direction of the relation. */
export const RELATION_LABELS = {
  CONTRADICTS: { OUTGOING: 'Contradicts', INCOMING: 'Contradicted by' },
  SUPPORTS: { OUTGOING: 'Supports', INCOMING: 'Supported by' },
  UPDATES: { OUTGOING: 'Updates', INCOMING: 'Updated by' },
  RESPONDS_TO: { OUTGOING: 'Responds to', INCOMING: 'Answered by' },
} as const;

/** Summits still ahead: the home page looks for the next one among these. */
export const UPCOMING_STATUSES = ['PROPOSED', 'ANNOUNCED', 'SCHEDULED', 'POSTPONED'] as const;

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
