import { builder } from '../builder.ts';
import { PersonFilterInput, personFilter } from '../inputs/person-filter.ts';
import { PersonOrderInput } from '../inputs/person-order.ts';
import { pageArgs } from '../paging.ts';
import { PersonRef, PlaceRef } from '../refs.ts';
import { meetingsConnection } from './meeting-connection.ts';
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

const PersonConnection = builder.connectionObject(
  { type: PersonRef, name: 'PersonConnection', description: 'A page of people.' },
  { name: 'PersonEdge', description: 'A person and their position in the list.' },
);

builder.queryFields((t) => ({
  people: t.connection(
    {
      type: PersonRef,
      description: 'People, by name.',
      args: {
        filterBy: t.arg({ type: PersonFilterInput, description: 'Which people to list.' }),
        orderBy: t.arg({ type: PersonOrderInput, description: 'How to sort them; by name when not given.' }),
      },
      resolve: (_root, args, { store }) =>
        store.listPeople({ ...pageArgs(args), filter: personFilter(args.filterBy), orderBy: args.orderBy }),
    },
    PersonConnection,
  ),
  person: t.field({
    type: PersonRef,
    nullable: true,
    description: 'A person by slug, e.g. "donald-trump"; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: "The person's slug." }) },
    resolve: async (_root, { slug }, { store }) => (await store.loadBySlug('person', [slug]))[0],
  }),
}));
