import { builder } from '../builder.ts';
import { PersonRef, PlaceRef } from '../refs.ts';
import { survivorsOf } from '../survivors.ts';
import { meetingsConnection } from './meeting-connection.ts';
import { peopleConnection } from './person-connection.ts';
import { RoleRef } from './role.ts';
import { statementsConnection } from './statement-connection.ts';
import { summitsConnection } from './summit-connection.ts';

PersonRef.implement({
  description:
    "A person, under the name the world knows; other spellings, including a source's, are aliases.",
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'A URL-friendly name, unique among people.' }),
    name: t.exposeString('name', { description: 'The name the world knows the person by.' }),
    aliases: t.exposeStringList('aliases', {
      description: "Other names and spellings, including a source's misspellings.",
    }),
    country: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'The country the person represents; null when unknown.',
      resolve: (person) => person.countryId,
    }),
    roles: t.expose('roles', {
      type: [RoleRef],
      description: 'Titles the person held, as sources name them.',
    }),
    statements: statementsConnection(t, 'What the person said.', (person) => ({ speakerIds: [person.id] })),
    meetings: meetingsConnection(t, 'Meetings the person took part in.', (person) => ({
      participantIds: [person.id],
    })),
    summits: summitsConnection(t, 'Summits the person took part in.', (person) => ({
      participantIds: [person.id],
    })),
  }),
});

builder.queryFields((t) => ({
  people: peopleConnection(t, 'People, by name.', () => ({})),
  person: t.field({
    type: PersonRef,
    nullable: true,
    description:
      'A person by slug, e.g. "donald-trump"; null when there is none. The slug of a duplicate merged into another person answers with that person.',
    args: { slug: t.arg.string({ required: true, description: "The person's slug." }) },
    resolve: async (_root, { slug }, { store }) =>
      (await survivorsOf(store, 'person', await store.loadBySlug('person', [slug])))[0],
  }),
}));
