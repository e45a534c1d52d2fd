import type { PersonFilter } from '@parley/domain';
import { builder } from '../builder.ts';
import { recordIds } from '../paging.ts';
import { OrganizationRef } from '../refs.ts';

export const PersonFilterInput = builder.inputType('PersonFilter', {
  description: 'Which people to list; every condition given must hold.',
  fields: (t) => ({
    name: t.string({ description: 'Part of a name or alias, in any case, e.g. "kim".' }),
    organizations: t.globalIDList({
      for: OrganizationRef,
      description: 'Holding a role in one of these organizations.',
    }),
  }),
});

export function personFilter(input: typeof PersonFilterInput.$inferInput | null | undefined): PersonFilter {
  return { name: input?.name ?? null, organizationIds: recordIds(input?.organizations) };
}
