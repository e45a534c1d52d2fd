import { RoleInput } from '../inputs/role-input.ts';
import { PersonRef } from '../refs.ts';
import { recordMutations } from './record-mutations.ts';

recordMutations({
  type: 'person',
  ref: PersonRef,
  noun: 'a person',
  update: true,
  fields: (t, create) => ({
    name: t.string({ required: create, description: 'The name the world knows the person by.' }),
    aliases: t.stringList({ description: 'Other spellings sources use.' }),
    countryId: t.id({ description: 'The global id of the person’s country (a place).' }),
    roles: t.field({ type: [RoleInput], description: 'The titles the person held.' }),
  }),
});
