import { OrganizationKindEnum } from '../enums/organization-kind.ts';
import { OrganizationRef, PlaceRef } from '../refs.ts';
import { statementsConnection } from './statement-connection.ts';

OrganizationRef.implement({
  description: 'A government, agency, office, party or news outlet.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'A URL-friendly name, unique among organizations.' }),
    name: t.exposeString('name', { description: 'The name the organization is known by.' }),
    aliases: t.exposeStringList('aliases', { description: 'Other names, as sources give them.' }),
    kind: t.expose('kind', { type: OrganizationKindEnum, description: 'What sort of body this is.' }),
    country: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'The country it belongs to; null when none.',
      resolve: (organization) => organization.countryId,
    }),
    parent: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The organization it is part of, e.g. the White House within the U.S. government.',
      resolve: (organization) => organization.parentId,
    }),
    statements: statementsConnection(t, 'Statements issued by this organization.', (organization) => ({
      organizationIds: [organization.id],
    })),
  }),
});
