/** How a field of a stored record is named to an editor; a list's items are named one at a time. */
export interface FieldSpec {
  label: string;
  /** What one item of a list field is called ("Citation"). */
  item?: string;
  /** A list of long items: a new record's summary counts them rather than spelling them out. */
  counted?: boolean;
}

/** The fields of every record type in the order an editor reads them; a field missing here still shows, last. */
const FIELDS: Record<string, FieldSpec> = {
  title: { label: 'Title' },
  name: { label: 'Name' },
  slug: { label: 'Slug' },
  kind: { label: 'Kind' },
  status: { label: 'Status' },
  ordinal: { label: 'Number in the series' },
  quote: { label: 'Quote' },
  paraphrase: { label: 'Paraphrase' },
  speakerId: { label: 'Speaker' },
  organizationId: { label: 'Organization' },
  date: { label: 'Date' },
  durationMinutes: { label: 'Duration' },
  description: { label: 'Description' },
  locationId: { label: 'Location' },
  venueId: { label: 'Venue' },
  countryId: { label: 'Country' },
  withinId: { label: 'Within' },
  parentId: { label: 'Part of' },
  summitId: { label: 'Summit' },
  meetingId: { label: 'Meeting' },
  participants: { label: 'Participants', item: 'Participant' },
  aliases: { label: 'Aliases', item: 'Alias' },
  topicIds: { label: 'Topics', item: 'Topic' },
  roles: { label: 'Roles', item: 'Role', counted: true },
  candidateLocations: { label: 'Candidate locations', item: 'Candidate location', counted: true },
  developments: { label: 'Developments', item: 'Development', counted: true },
  relations: { label: 'Related statements', item: 'Related statement', counted: true },
  outlet: { label: 'Outlet' },
  author: { label: 'Author' },
  publishedAt: { label: 'Published' },
  url: { label: 'Address (URL)' },
  language: { label: 'Language' },
  text: { label: 'Full text' },
  citations: { label: 'Citations', item: 'Citation', counted: true },
  retractionReason: { label: 'Retraction reason' },
  mergedIntoId: { label: 'Merged into' },
};

const ORDER = Object.keys(FIELDS);

/** "candidateLocations" → "Candidate locations"; "reportedById" → "Reported by". */
export function humanise(name: string): string {
  const words = name
    .replace(/Ids?$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** How a field is named, whether or not the site knows it. */
export const fieldSpec = (name: string): FieldSpec =>
  Object.hasOwn(FIELDS, name) ? (FIELDS[name] as FieldSpec) : { label: humanise(name), item: humanise(name) };

/** Field names in reading order: the known ones as listed, then the others alphabetically. */
export function inReadingOrder(names: Iterable<string>): string[] {
  const rank = (name: string) => {
    const at = ORDER.indexOf(name);
    return at === -1 ? ORDER.length : at;
  };
  return [...new Set(names)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
