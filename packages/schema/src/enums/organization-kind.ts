import type { OrganizationKind } from '@parley/domain';
import { builder } from '../builder.ts';

export const OrganizationKindEnum = builder.enumType('OrganizationKind', {
  description: 'What sort of body an organization is.',
  values: {
    GOVERNMENT: { description: 'A national government.' },
    AGENCY: { description: 'A government department or agency.' },
    OFFICE: { description: 'An office, e.g. the White House.' },
    PARTY: { description: 'A political party.' },
    MEDIA: { description: 'A news organization.' },
    PROGRAM: { description: 'A programme of a news organization, e.g. a TV show.' },
  } satisfies Record<OrganizationKind, { description: string }>,
});
