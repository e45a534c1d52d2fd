import {
  PARTICIPANT_ROLE_LABELS,
  RELATION_LABELS,
  STATEMENT_KIND_LABELS,
  SUMMIT_STATUS_LABELS,
} from '../labels.ts';
import type { ReferenceType } from './descriptors.ts';

/** What the validators cannot say about a field: the words an editor reads, and what an id names. */
export interface FieldWords {
  /** The label of each field, by key; a key without one is an error, so no field shows a raw key. */
  labels: Record<string, string>;
  hints: Record<string, string>;
  /** The label of one item of a list field, by the list's key ("Citation" for `citations`). */
  itemLabels: Record<string, string>;
  /** Text fields that hold sentences, shown as a text area. */
  long: ReadonlySet<string>;
  /** The kind of record each id field names, by key. */
  references: Record<string, ReferenceType>;
  /** The words for each value of an enum field, by key. */
  choices: Record<string, Record<string, string>>;
}

const capitalized = (words: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(words).map(([value, word]) => [value, word[0]?.toUpperCase() + word.slice(1)]),
  );

export const fieldWords: FieldWords = {
  labels: {
    title: 'Title',
    name: 'Name',
    aliases: 'Other names',
    countryId: 'Country',
    roles: 'Roles',
    kind: 'Kind',
    quote: 'Quote',
    paraphrase: 'Paraphrase',
    speakerId: 'Speaker',
    organizationId: 'Organization',
    date: 'Date',
    venueId: 'Venue',
    topicIds: 'Topics',
    summitId: 'Summit',
    meetingId: 'Meeting',
    relations: 'Related statements',
    citations: 'Citations',
    description: 'Description',
    durationMinutes: 'Duration in minutes',
    locationId: 'Location',
    participants: 'Participants',
    personId: 'Person',
    role: 'Part played',
    status: 'Status',
    ordinal: 'Number in its series',
    candidateLocations: 'Candidate locations',
    placeId: 'Place',
    reportedById: 'Reported by (person)',
    reportedByOrganizationId: 'Reported by (organization)',
    from: 'From',
    to: 'To',
    citation: 'Citation',
    sourceId: 'Source',
    excerpt: 'Excerpt',
    type: 'How it bears on the other',
    targetId: 'Other statement',
    note: 'Note',
  },
  hints: {
    aliases: 'One a line: other spellings the sources use.',
    quote: 'The words exactly as printed: they must occur in the text of a cited source.',
    paraphrase: 'What was said, in the source’s or Parley’s words.',
    speakerId: 'Give a speaker or an organization.',
    durationMinutes: 'A whole number, when the source says.',
    ordinal: 'e.g. 2 for the second summit between the same parties.',
    citations: 'Each source that reports it, with its words that support it.',
  },
  itemLabels: {
    roles: 'Role',
    relations: 'Relation',
    citations: 'Citation',
    participants: 'Participant',
    candidateLocations: 'Candidate location',
  },
  long: new Set(['quote', 'paraphrase', 'description', 'note']),
  references: {
    speakerId: 'person',
    personId: 'person',
    reportedById: 'person',
    organizationId: 'organization',
    reportedByOrganizationId: 'organization',
    countryId: 'place',
    venueId: 'place',
    locationId: 'place',
    placeId: 'place',
    summitId: 'summit',
    meetingId: 'meeting',
    targetId: 'statement',
    topicIds: 'topic',
    sourceId: 'source',
  },
  choices: {
    kind: STATEMENT_KIND_LABELS,
    status: SUMMIT_STATUS_LABELS,
    role: capitalized(PARTICIPANT_ROLE_LABELS),
    type: Object.fromEntries(Object.entries(RELATION_LABELS).map(([type, words]) => [type, words.OUTGOING])),
  },
};
