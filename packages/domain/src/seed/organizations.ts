import type { RecordOf } from '../records/dataset.ts';

type Organization = RecordOf<'organization'>;
const organization = (
  slug: string,
  name: string,
  kind: Organization['kind'],
  countryId: string | null,
  parentId: string | null,
  aliases: string[] = [],
): Organization => ({ id: `organization:${slug}`, slug, name, aliases, kind, countryId, parentId });

export const organizations: Organization[] = [
  organization('us-government', 'United States government', 'GOVERNMENT', 'place:united-states', null, [
    'U.S.',
  ]),
  organization('white-house', 'White House', 'OFFICE', 'place:united-states', 'organization:us-government'),
  organization(
    'state-department',
    'U.S. Department of State',
    'AGENCY',
    'place:united-states',
    'organization:us-government',
    ['State Department'],
  ),
  organization(
    'pentagon',
    'U.S. Department of Defense',
    'AGENCY',
    'place:united-states',
    'organization:us-government',
    ['Pentagon', 'the Pentagon'],
  ),
  organization(
    'north-korea-government',
    'Government of North Korea',
    'GOVERNMENT',
    'place:north-korea',
    null,
    ['DPRK', 'North Korea'],
  ),
  organization('cbs-news', 'CBS News', 'MEDIA', 'place:united-states', null),
  organization(
    'face-the-nation',
    'Face the Nation',
    'PROGRAM',
    'place:united-states',
    'organization:cbs-news',
  ),
];
