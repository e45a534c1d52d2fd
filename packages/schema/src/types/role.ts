import type { Role } from '@parley/domain';
import { builder } from '../builder.ts';
import { OrganizationRef } from '../refs.ts';
import { CitationRef } from './citation.ts';
import { FuzzyDateRef } from './fuzzy-date.ts';

export const RoleRef = builder.objectRef<Role>('Role').implement({
  description: 'A title a person held, as a source names it, over the time the source allows.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The title, e.g. "Secretary of State".' }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The organization the title belongs to; null when none is named.',
      resolve: (role) => role.organizationId,
    }),
    from: t.expose('from', {
      type: FuzzyDateRef,
      nullable: true,
      description: 'When the role began; null when the source does not say.',
    }),
    to: t.expose('to', {
      type: FuzzyDateRef,
      nullable: true,
      description: 'When the role ended; null when it had not or the source does not say.',
    }),
    citation: t.expose('citation', {
      type: CitationRef,
      nullable: true,
      description: 'The source that names the role.',
    }),
  }),
});
