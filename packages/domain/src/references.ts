import type { RecordOf, RecordSchemas } from './records/dataset.ts';
import type { RecordType } from './records/enums.ts';

/** One id a record points at: the field it sits in and the type it must name. */
export interface Reference {
  path: string;
  type: RecordType;
  id: string;
  /** For a citation, the words it quotes from the source and their field. */
  excerpt?: { path: string; text: string };
}

type Citation = { sourceId: string; excerpt: string } | null;
const citation = (path: string, c: Citation): Reference[] =>
  c
    ? [
        {
          path: `${path}.sourceId`,
          type: 'source',
          id: c.sourceId,
          excerpt: { path: `${path}.excerpt`, text: c.excerpt },
        },
      ]
    : [];
const maybe = (path: string, type: RecordType, id: string | null): Reference[] =>
  id ? [{ path, type, id }] : [];
const each = <T>(path: string, items: readonly T[], refs: (path: string, item: T) => Reference[]) =>
  items.flatMap((item, i) => refs(`${path}[${i}]`, item));
const topics = (ids: string[]) =>
  ids.map((id, i) => ({ path: `topicIds[${i}]`, type: 'topic' as const, id }));
const participants = (list: { personId: string }[]) =>
  each('participants', list, (p, x) => [{ path: `${p}.personId`, type: 'person' as const, id: x.personId }]);
const citations = (list: Citation[]) => each('citations', list, citation);

/** Every id a record refers to, so integrity checks and databases agree on what must exist. */
export const referencesOf: { [T in keyof RecordSchemas]: (r: RecordOf<T>) => Reference[] } = {
  source: () => [],
  topic: () => [],
  place: (r) => maybe('withinId', 'place', r.withinId),
  organization: (r) => [
    ...maybe('countryId', 'place', r.countryId),
    ...maybe('parentId', 'organization', r.parentId),
  ],
  person: (r) => [
    ...maybe('countryId', 'place', r.countryId),
    ...maybe('mergedIntoId', 'person', r.mergedIntoId ?? null),
    ...each('roles', r.roles, (p, role) => [
      ...maybe(`${p}.organizationId`, 'organization', role.organizationId),
      ...citation(`${p}.citation`, role.citation),
    ]),
  ],
  summit: (r) => [
    ...maybe('locationId', 'place', r.locationId),
    ...each('candidateLocations', r.candidateLocations, (p, c) => [
      { path: `${p}.placeId`, type: 'place', id: c.placeId },
      ...maybe(`${p}.reportedById`, 'person', c.reportedById),
      ...maybe(`${p}.reportedByOrganizationId`, 'organization', c.reportedByOrganizationId),
      ...citation(`${p}.citation`, c.citation),
    ]),
    ...participants(r.participants),
    ...each('developments', r.developments, (p, d) => [
      ...maybe(`${p}.locationId`, 'place', d.locationId),
      ...citation(`${p}.citation`, d.citation),
    ]),
    ...topics(r.topicIds),
    ...citations(r.citations),
  ],
  meeting: (r) => [
    ...maybe('locationId', 'place', r.locationId),
    ...participants(r.participants),
    ...topics(r.topicIds),
    ...maybe('summitId', 'summit', r.summitId),
    ...citations(r.citations),
  ],
  statement: (r) => [
    ...maybe('speakerId', 'person', r.speakerId),
    ...maybe('organizationId', 'organization', r.organizationId),
    ...maybe('venueId', 'place', r.venueId),
    ...topics(r.topicIds),
    ...maybe('summitId', 'summit', r.summitId),
    ...maybe('meetingId', 'meeting', r.meetingId),
    ...each('relations', r.relations, (p, rel) => [
      { path: `${p}.targetId`, type: 'statement', id: rel.targetId },
      ...citation(`${p}.citation`, rel.citation),
    ]),
    ...citations(r.citations),
  ],
};
