import type { Store, Viewer } from '@parley/domain';
import { describe, expect, test } from 'vitest';
import {
  admin,
  cite,
  editor,
  footprint,
  freshStore,
  gid,
  hanoiSource,
  january18,
  mutate,
  mutations,
  secondSummit,
} from './edits.ts';

const inputOf = (name: string) => mutations.find((m) => m.name === name)?.input ?? {};

/** Runs a mutation as an editor on a fresh store: its userErrors, and whether anything was written. */
async function refusal(
  name: string,
  input: Record<string, unknown> | ((store: Store) => Promise<Record<string, unknown>>),
  viewer: Viewer = editor,
) {
  const store = freshStore();
  const given = typeof input === 'function' ? await input(store) : input;
  const before = await footprint(store);
  const { data, errors } = await mutate(viewer, store, name, given);
  expect(errors).toBeUndefined();
  expect(await footprint(store)).toEqual(before);
  return data?.[name];
}

describe('userErrors', () => {
  test('a value breaking a rule is INVALID on its field', async () => {
    const payload = await refusal('createStatement', {
      ...inputOf('createStatement'),
      date: { ...january18, earliest: '2019-01-19' },
    });
    expect(payload.statement).toBeNull();
    expect(payload.userErrors).toEqual([
      { field: ['date', 'earliest'], code: 'INVALID', message: expect.any(String) },
    ]);
  });

  test('a malformed global id is NOT_FOUND on its field, before the editor runs', async () => {
    const payload = await refusal('createStatement', {
      ...inputOf('createStatement'),
      citations: [cite('an excerpt', 'not-an-id')],
    });
    expect(payload.userErrors).toEqual([
      { field: ['citations', '0', 'sourceId'], code: 'NOT_FOUND', message: '"not-an-id" is not a Parley id' },
    ]);
  });

  test('an unknown id is NOT_FOUND, in a reference and as the record to change', async () => {
    const reference = await refusal('createStatement', {
      ...inputOf('createStatement'),
      speakerId: gid.person('nobody'),
    });
    expect(reference.userErrors).toEqual([
      { field: ['speakerId'], code: 'NOT_FOUND', message: expect.any(String) },
    ]);
    const record = await refusal('updatePerson', { ...inputOf('updatePerson'), id: gid.person('nobody') });
    expect(record.userErrors).toEqual([{ field: ['id'], code: 'NOT_FOUND', message: expect.any(String) }]);
    const revision = await refusal('revertRecord', { ...inputOf('revertRecord'), revision: 7 }, admin);
    expect(revision.userErrors).toEqual([
      { field: ['revision'], code: 'NOT_FOUND', message: expect.any(String) },
    ]);
  });

  test('an excerpt or quote missing from the stored source text is NOT_IN_SOURCE on that field', async () => {
    const payload = await refusal('createStatement', async (store) => {
      const sourceId = (await mutate(editor, store, 'createSource', hanoiSource)).data?.createSource.source
        .id;
      return {
        kind: 'STATEMENT',
        quote: 'We will meet in Singapore',
        speakerId: gid.person('donald-trump'),
        date: january18,
        citations: [
          cite('We will meet in Hanoi, Vietnam', sourceId),
          cite('We will meet in Bangkok', sourceId),
        ],
      };
    });
    expect(
      payload.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code]),
    ).toEqual([
      ['citations.1.excerpt', 'NOT_IN_SOURCE'],
      ['quote', 'NOT_IN_SOURCE'],
    ]);
  });

  test('a stale expectedRevision is a CONFLICT: the first of two editors wins', async () => {
    const store = freshStore();
    const first = await mutate(editor, store, 'updateSummit', {
      id: secondSummit,
      expectedRevision: 1,
      ordinal: 2,
    });
    expect(first.data?.updateSummit.userErrors).toEqual([]);
    const before = await footprint(store);
    const second = await mutate(editor, store, 'addSummitDevelopment', inputOf('addSummitDevelopment'));
    expect(second.data?.addSummitDevelopment).toEqual({
      summit: null,
      userErrors: [{ field: ['expectedRevision'], code: 'CONFLICT', message: expect.any(String) }],
    });
    expect(await footprint(store)).toEqual(before);
  });

  test('a slug in use is TAKEN on the field it is made from', async () => {
    const payload = await refusal('createPlace', { name: 'Vietnam', kind: 'COUNTRY' });
    expect(payload.userErrors).toEqual([{ field: ['name'], code: 'TAKEN', message: expect.any(String) }]);
  });
});
