import { createMemoryStore, type Store, type Viewer } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { graphql } from 'graphql';
import { encodeId } from '../src/global-id.ts';
import { clientError, createContext, schema } from '../src/index.ts';
import type { Json } from './run.ts';

export const editor: Viewer = { id: 'account-editor', email: 'editor@parley.example', role: 'editor' };
export const admin: Viewer = { id: 'account-admin', email: 'admin@parley.example', role: 'admin' };

/** A second record of Kim Jong Un, as a careless import might make: the duplicate an admin merges. */
export const duplicateKim = {
  id: 'person:kim-jong-un-duplicate',
  slug: 'kim-jong-un-duplicate',
  name: 'Kim Jong-un',
  aliases: ['Chairman Kim'],
  countryId: null,
  roles: [],
};

/** A store of its own per test (edits must not leak into other tests): the seed and one duplicate person. */
export const freshStore = () =>
  createMemoryStore({ ...seedDataset, people: [...seedDataset.people, duplicateKim] });

export const gid = {
  source: (slug: string) => encodeId('Source', `source:${slug}`),
  person: (slug: string) => encodeId('Person', `person:${slug}`),
  place: (slug: string) => encodeId('Place', `place:${slug}`),
  statement: (slug: string) => encodeId('Statement', `statement:${slug}`),
  meeting: (slug: string) => encodeId('Meeting', `meeting:${slug}`),
  summit: (slug: string) => encodeId('Summit', `summit:${slug}`),
};

export const founding = gid.source('cbs-2019-01-18-second-summit');
export const secondSummit = gid.summit('second-us-north-korea-2019');
export const cite = (excerpt: string, sourceId = founding) => ({ sourceId, excerpt });
export const january18 = {
  text: 'Friday',
  edtf: '2019-01-18',
  earliest: '2019-01-18',
  latest: '2019-01-18',
  precision: 'DAY',
};
export const lateFebruary = {
  text: 'February 27 and 28',
  edtf: '2019-02-27/2019-02-28',
  earliest: '2019-02-27',
  latest: '2019-02-28',
  precision: 'RANGE',
};
/** A source whose full text is stored: what cites it must quote it word for word. */
export const hanoiSource = {
  title: 'Trump and Kim to meet in Hanoi',
  outlet: 'Example News',
  publishedAt: '2019-02-08',
  text: 'Trump said: "We will meet in Hanoi, Vietnam, on February 27 and 28."',
};
const excerpt =
  '"The president looks forward to meeting with Chairman Kim at a place to be announced at a later date."';

/**
 * Every mutation, with the payload field holding its record, an input it may write on the seed data, and who
 * may run it (editors and admins unless it says admins only).
 */
export const mutations: {
  name: string;
  field: string;
  input: Record<string, unknown>;
  role?: 'admin';
}[] = [
  {
    name: 'createSource',
    field: 'source',
    input: {
      title: 'Trump and Kim to meet in Hanoi',
      outlet: 'Example News',
      publishedAt: '2019-02-08',
      text: 'They meet in Hanoi.',
    },
  },
  {
    name: 'createStatement',
    field: 'statement',
    input: {
      kind: 'REMARKS',
      quote: 'at a place to be announced',
      speakerId: gid.person('donald-trump'),
      date: january18,
      citations: [cite(excerpt)],
    },
  },
  {
    name: 'updateStatement',
    field: 'statement',
    input: {
      id: gid.statement('sanders-2019-01-18-statement-place'),
      expectedRevision: 1,
      reason: 'typo',
      paraphrase: 'A place is to be announced.',
    },
  },
  {
    name: 'createPerson',
    field: 'person',
    input: { name: 'Nguyen Phu Trong', countryId: gid.place('vietnam') },
  },
  {
    name: 'updatePerson',
    field: 'person',
    input: { id: gid.person('kim-jong-un'), expectedRevision: 1, aliases: ['Chairman Kim'] },
  },
  {
    name: 'createPlace',
    field: 'place',
    input: { name: 'Hanoi', kind: 'CITY', withinId: gid.place('vietnam') },
  },
  {
    name: 'updatePlace',
    field: 'place',
    input: {
      id: gid.place('hotel-northwest-dc'),
      expectedRevision: 1,
      coordinates: { latitude: 38.9296, longitude: -77.0498 },
    },
  },
  {
    name: 'createOrganization',
    field: 'organization',
    input: { name: 'Vietnamese Government', kind: 'GOVERNMENT' },
  },
  {
    name: 'createMeeting',
    field: 'meeting',
    input: {
      title: 'Trump meets Kim Yong Chol again',
      date: january18,
      participants: [
        { personId: gid.person('donald-trump'), role: 'HOST' },
        { personId: gid.person('kim-yong-chol'), role: 'GUEST' },
      ],
      citations: [cite(excerpt)],
    },
  },
  {
    name: 'updateMeeting',
    field: 'meeting',
    input: { id: gid.meeting('trump-kim-yong-chol-2019-01-18'), expectedRevision: 1, durationMinutes: 90 },
  },
  {
    name: 'createSummit',
    field: 'summit',
    input: { title: 'Third summit', status: 'PROPOSED', citations: [cite(excerpt)] },
  },
  { name: 'updateSummit', field: 'summit', input: { id: secondSummit, expectedRevision: 1, ordinal: 2 } },
  {
    name: 'addSummitDevelopment',
    field: 'summit',
    input: {
      id: secondSummit,
      expectedRevision: 1,
      status: 'ANNOUNCED',
      description: 'Announced again.',
      citation: cite(excerpt),
    },
  },
  {
    name: 'revertRecord',
    field: 'record',
    input: { id: secondSummit, revision: 1, expectedRevision: 1, reason: 'restore' },
    role: 'admin',
  },
  {
    name: 'retractRecord',
    field: 'record',
    input: {
      id: gid.statement('sanders-2019-01-18-statement-place'),
      expectedRevision: 1,
      reason: 'misquoted',
    },
    role: 'admin',
  },
  {
    name: 'mergePeople',
    field: 'person',
    input: { survivorId: gid.person('kim-jong-un'), duplicateId: gid.person('kim-jong-un-duplicate') },
    role: 'admin',
  },
];

/** The document of one mutation, asking for the record's id and revision and every userError. */
export const documentOf = (name: string, field: string) => `
  mutation ($input: ${name[0]?.toUpperCase()}${name.slice(1)}Input!) {
    ${name}(input: $input) { ${field} { id ... on Node { __typename } } userErrors { field message code } }
  }`;

/** Runs an operation as `viewer` (null: anonymous) on `store`, errors as clients read them. */
export async function runAs(
  viewer: Viewer | null,
  store: Store,
  source: string,
  variableValues?: Record<string, unknown>,
) {
  const result = await graphql({
    schema,
    source,
    variableValues,
    contextValue: createContext(store, viewer),
  });
  return {
    data: result.data as Record<string, Json> | null | undefined,
    errors: result.errors?.map(clientError),
  };
}

/** Runs one mutation of the table (or another input for it) as `viewer`. */
export const mutate = (viewer: Viewer | null, store: Store, name: string, input: Record<string, unknown>) => {
  const { field } = mutations.find((m) => m.name === name) ?? { field: '' };
  return runAs(viewer, store, documentOf(name, field), { input });
};

/** What a write would change: counts, and the whole audit log. */
export const footprint = async (store: Store) => ({
  stats: await store.stats(),
  changes: (await store.changes({ first: 100 })).edges.map((e) => e.cursor),
});
