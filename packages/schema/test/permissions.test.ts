import type { Viewer } from '@parley/domain';
import { describe, expect, test } from 'vitest';
import { admin, editor, footprint, freshStore, mutate, mutations } from './edits.ts';

describe.each(mutations)('$name', ({ name, field, input, role }) => {
  const refused: [string, Viewer | null, string][] = [
    ['anonymous', null, 'UNAUTHENTICATED'],
    ...(role === 'admin' ? [['editor', editor, 'FORBIDDEN'] as [string, Viewer, string]] : []),
  ];
  const allowed: [string, Viewer][] =
    role === 'admin'
      ? [['admin', admin]]
      : [
          ['editor', editor],
          ['admin', admin],
        ];

  test.each(refused)('is refused to an %s caller, and writes nothing', async (_who, viewer, code) => {
    const store = freshStore();
    const before = await footprint(store);
    const { data, errors } = await mutate(viewer, store, name, input);
    expect(errors?.map((e) => e.extensions.code)).toEqual([code]);
    expect(data).toBeNull();
    expect(await footprint(store)).toEqual(before);
  });

  test.each(allowed)('is allowed to an %s, who is named in the revision', async (_who, viewer) => {
    const store = freshStore();
    const { data, errors } = await mutate(viewer, store, name, input);
    expect(errors).toBeUndefined();
    expect(data?.[name].userErrors).toEqual([]);
    expect(data?.[name][field].id).toEqual(expect.any(String));
    const [latest] = (await store.changes({ first: 1 })).edges;
    expect(latest?.node.actor).toBe(viewer.id);
  });
});
