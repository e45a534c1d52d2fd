import type { RecordOf } from '../records/dataset.ts';
import { cite, sentences } from './cbs-2019-01-18.ts';

type Person = RecordOf<'person'>;
type Role = Person['roles'][number];

/** A role as the article names it; its span is unknown, so the citation dates it. */
const role = (title: string, organizationId: string | null, excerpt: string): Role => ({
  title,
  organizationId,
  from: null,
  to: null,
  citation: cite(excerpt),
});

const person = (slug: string, name: string, countryId: string, aliases: string[], roles: Role[]): Person => ({
  id: `person:${slug}`,
  slug,
  name,
  aliases,
  countryId,
  roles,
});

export const people: Person[] = [
  person(
    'donald-trump',
    'Donald Trump',
    'place:united-states',
    ['Donald J. Trump', 'Mr. Trump', 'President Trump'],
    [role('President of the United States', 'organization:white-house', sentences.sandersStatement)],
  ),
  person(
    'kim-jong-un',
    'Kim Jong Un',
    'place:north-korea',
    ['Chairman Kim', 'Chairman Kim Jong Un'],
    [
      role('Chairman', 'organization:north-korea-government', sentences.palladinoSaid),
      role('Leader of North Korea', 'organization:north-korea-government', sentences.desire),
    ],
  ),
  // AP, Reuters and CBS write "Kim Yong Chol"; "Kim Yong-chol" (South Korean romanization) stays an alias.
  person(
    'kim-yong-chol',
    'Kim Yong Chol',
    'place:north-korea',
    ['Kim Yong-chol'],
    [
      role('Vice Chairman', 'organization:north-korea-government', sentences.palladinoSaid),
      role('Top North Korean official', 'organization:north-korea-government', sentences.ovalOffice),
    ],
  ),
  person(
    'sarah-sanders',
    'Sarah Huckabee Sanders',
    'place:united-states',
    ['Sarah Sanders', 'Sanders'],
    [role('White House Press Secretary', 'organization:white-house', sentences.announced)],
  ),
  person(
    'mike-pompeo',
    'Mike Pompeo',
    'place:united-states',
    ['Secretary Pompeo', 'Pompeo'],
    [role('Secretary of State', 'organization:state-department', sentences.hotel)],
  ),
  person(
    'mike-pence',
    'Mike Pence',
    'place:united-states',
    ['Vice President Mike Pence', 'Pence'],
    [role('Vice President of the United States', 'organization:white-house', sentences.pence)],
  ),
  person(
    'robert-palladino',
    'Robert Palladino',
    'place:united-states',
    ['Palladino'],
    [role('White House deputy spokesperson', 'organization:white-house', sentences.palladinoDescribed)],
  ),
  // The article spells him "Steve Beigun"; the world knows him as Stephen Biegun.
  person(
    'stephen-biegun',
    'Stephen Biegun',
    'place:united-states',
    ['Steve Beigun', 'Steve Biegun'],
    [role('U.S. Special Representative', 'organization:state-department', sentences.palladinoDescribed)],
  ),
  person(
    'margaret-brennan',
    'Margaret Brennan',
    'place:united-states',
    ['Brennan'],
    [role('Host of Face the Nation', 'organization:face-the-nation', sentences.candidates)],
  ),
];
