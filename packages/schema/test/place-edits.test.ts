import type { Store } from '@parley/domain';
import { describe, expect, test } from 'vitest';
import { editor, footprint, freshStore, gid, runAs } from './edits.ts';

const placeFields = `place { name kind aliases revision within { name } coordinates { latitude longitude } }
  userErrors { field message code }`;

const createPlace = (store: Store, input: Record<string, unknown>) =>
  runAs(
    editor,
    store,
    `mutation ($input: CreatePlaceInput!) { createPlace(input: $input) { ${placeFields} } }`,
    { input },
  );

const updatePlace = (store: Store, input: Record<string, unknown>) =>
  runAs(
    editor,
    store,
    `mutation ($input: UpdatePlaceInput!) { updatePlace(input: $input) { ${placeFields} } }`,
    { input },
  );

const hanoi = { latitude: 21.0285, longitude: 105.8542 };
const hotel = gid.place('hotel-northwest-dc');

describe('a place’s coordinates, set by editors', () => {
  test('createPlace takes them', async () => {
    const { data, errors } = await createPlace(freshStore(), {
      name: 'Hanoi',
      kind: 'CITY',
      withinId: gid.place('vietnam'),
      coordinates: hanoi,
    });
    expect(errors).toBeUndefined();
    expect(data?.createPlace).toEqual({
      place: {
        name: 'Hanoi',
        kind: 'CITY',
        aliases: [],
        revision: 1,
        within: { name: 'Vietnam' },
        coordinates: hanoi,
      },
      userErrors: [],
    });
  });

  test('updatePlace sets them, then null clears them; the fields left out stay', async () => {
    const store = freshStore();
    const spot = { latitude: 38.9296, longitude: -77.0498 };
    const set = await updatePlace(store, { id: hotel, expectedRevision: 1, coordinates: spot });
    expect(set.data?.updatePlace.userErrors).toEqual([]);
    expect(set.data?.updatePlace.place).toMatchObject({
      name: 'a hotel in Northwest D.C.',
      kind: 'BUILDING',
      within: { name: 'Northwest, Washington, D.C.' },
      revision: 2,
      coordinates: spot,
    });
    const cleared = await updatePlace(store, { id: hotel, expectedRevision: 2, coordinates: null });
    expect(cleared.data?.updatePlace.userErrors).toEqual([]);
    expect(cleared.data?.updatePlace.place).toMatchObject({ revision: 3, coordinates: null });
  });

  test('updatePlace corrects the name, kind, aliases and the place it lies within', async () => {
    const { data } = await updatePlace(freshStore(), {
      id: hotel,
      expectedRevision: 1,
      name: 'The Omni Shoreham',
      kind: 'BUILDING',
      aliases: ['a hotel in Northwest D.C.'],
      withinId: gid.place('washington-dc'),
    });
    expect(data?.updatePlace).toEqual({
      place: {
        name: 'The Omni Shoreham',
        kind: 'BUILDING',
        aliases: ['a hotel in Northwest D.C.'],
        revision: 2,
        within: { name: 'Washington, D.C.' },
        coordinates: null,
      },
      userErrors: [],
    });
  });

  test('a latitude or longitude out of range is an INVALID userError on its field, and nothing is written', async () => {
    const store = freshStore();
    const before = await footprint(store);
    const created = await createPlace(store, {
      name: 'Nowhere',
      kind: 'CITY',
      coordinates: { latitude: 91, longitude: 0 },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createPlace).toEqual({
      place: null,
      userErrors: [{ field: ['coordinates', 'latitude'], message: expect.any(String), code: 'INVALID' }],
    });
    const updated = await updatePlace(store, {
      id: hotel,
      expectedRevision: 1,
      coordinates: { latitude: 0, longitude: -180.5 },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updatePlace.userErrors).toEqual([
      { field: ['coordinates', 'longitude'], message: expect.any(String), code: 'INVALID' },
    ]);
    expect(await footprint(store)).toEqual(before);
  });

  test("the place's history shows the coordinates before and after the change", async () => {
    const store = freshStore();
    const [seeded] = await store.load('place', ['place:vietnam']);
    const corrected = { latitude: 16.17, longitude: 107.83 };
    await updatePlace(store, {
      id: gid.place('vietnam'),
      expectedRevision: 1,
      coordinates: corrected,
      reason: 'rounded',
    });
    const { data } = await runAs(
      null,
      store,
      `query ($id: ID!) { node(id: $id) { ... on Place {
        history(first: 5) { nodes { revision actorId reason before after } }
      } } }`,
      { id: gid.place('vietnam') },
    );
    const [change, imported] = data?.node.history.nodes ?? [];
    expect(change).toMatchObject({ revision: 2, actorId: editor.id, reason: 'rounded' });
    expect(change.before.coordinates).toEqual(seeded?.coordinates);
    expect(seeded?.coordinates).not.toEqual(corrected);
    expect(change.after.coordinates).toEqual(corrected);
    expect(imported.revision).toBe(1);
  });
});

describe('a place’s `within`, set by editors', () => {
  test('may not put a place within itself, directly or through the places within it', async () => {
    const store = freshStore();
    const before = await footprint(store);
    for (const withinId of [gid.place('white-house'), gid.place('oval-office')]) {
      const { data, errors } = await updatePlace(store, {
        id: gid.place('white-house'),
        expectedRevision: 1,
        withinId,
      });
      expect(errors).toBeUndefined();
      expect(data?.updatePlace.place).toBeNull();
      expect(data?.updatePlace.userErrors).toEqual([
        expect.objectContaining({ field: ['withinId'], code: 'INVALID' }),
      ]);
    }
    expect(await footprint(store)).toEqual(before);
    // Elsewhere in its own chain's parents it may go: within the United States, say.
    const moved = await updatePlace(store, {
      id: gid.place('white-house'),
      expectedRevision: 1,
      withinId: gid.place('united-states'),
    });
    expect(moved.data?.updatePlace.userErrors).toEqual([]);
  });
});
