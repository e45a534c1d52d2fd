import { OrganizationKindEnum } from '../enums/organization-kind.ts';
import { OrganizationRef } from '../refs.ts';
import { recordMutations } from './record-mutations.ts';

recordMutations({
  type: 'organization',
  ref: OrganizationRef,
  noun: 'an organization',
  update: false,
  fields: (t, create) => ({
    name: t.string({ required: create, description: 'The name the organization is known by.' }),
    kind: t.field({ type: OrganizationKindEnum, required: create, description: 'What sort it is.' }),
    aliases: t.stringList({ description: 'Other names sources use.' }),
    countryId: t.id({ description: 'The global id of its country (a place).' }),
    parentId: t.id({ description: 'The global id of the organization it belongs to.' }),
  }),
});
