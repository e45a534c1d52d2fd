import type { RecordOf } from '../records/dataset.ts';
import { cite } from './cbs-2019-01-18.ts';

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
    [
      role(
        'President of the United States',
        'organization:white-house',
        'President Donald J. Trump met with Kim Yong Chol',
      ),
    ],
  ),
  person(
    'kim-jong-un',
    'Kim Jong Un',
    'place:north-korea',
    ['Chairman Kim', 'Chairman Kim Jong Un'],
    [
      role('Chairman', 'organization:north-korea-government', 'Chairman Kim Jong Un'),
      role('Leader of North Korea', 'organization:north-korea-government', 'North Korean leader Kim Jong Un'),
    ],
  ),
  person(
    'kim-yong-chol',
    'Kim Yong-chol',
    'place:north-korea',
    ['Kim Yong Chol'],
    [
      role('Vice Chairman', 'organization:north-korea-government', 'DPRK Vice Chairman Kim Yong Chol'),
      role(
        'Top North Korean official',
        'organization:north-korea-government',
        'top North Korean official Kim Yong Chol',
      ),
    ],
  ),
  person(
    'sarah-sanders',
    'Sarah Huckabee Sanders',
    'place:united-states',
    ['Sarah Sanders', 'Sanders'],
    [
      role(
        'White House Press Secretary',
        'organization:white-house',
        'White House press secretary Sarah Sanders',
      ),
    ],
  ),
  person(
    'mike-pompeo',
    'Mike Pompeo',
    'place:united-states',
    ['Secretary Pompeo', 'Pompeo'],
    [role('Secretary of State', 'organization:state-department', 'Secretary of State Mike Pompeo')],
  ),
  person(
    'mike-pence',
    'Mike Pence',
    'place:united-states',
    ['Vice President Mike Pence', 'Pence'],
    [role('Vice President of the United States', 'organization:white-house', 'Vice President Mike Pence')],
  ),
  person(
    'robert-palladino',
    'Robert Palladino',
    'place:united-states',
    ['Palladino'],
    [
      role(
        'White House deputy spokesperson',
        'organization:white-house',
        'White House deputy spokesperson Robert Palladino',
      ),
    ],
  ),
  // The article spells him "Steve Beigun"; the world knows him as Stephen Biegun.
  person(
    'stephen-biegun',
    'Stephen Biegun',
    'place:united-states',
    ['Steve Beigun', 'Steve Biegun'],
    [
      role(
        'U.S. Special Representative',
        'organization:state-department',
        'U.S. Special Representative Steve Beigun',
      ),
    ],
  ),
  person(
    'margaret-brennan',
    'Margaret Brennan',
    'place:united-states',
    ['Brennan'],
    [
      role(
        'Host of Face the Nation',
        'organization:face-the-nation',
        'CBS News\' "Face the Nation" host Margaret Brennan',
      ),
    ],
  ),
];
