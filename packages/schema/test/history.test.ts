import { describe, expect, test } from 'vitest';
import { admin, editor, freshStore, mutate, runAs, secondSummit } from './edits.ts';

/** The second summit changed twice by an editor, then reverted to its imported version by an admin. */
async function editedStore() {
  const store = freshStore();
  const steps = [
    mutate(editor, store, 'updateSummit', {
      id: secondSummit,
      expectedRevision: 1,
      ordinal: 2,
      reason: 'numbered',
    }),
    mutate(editor, store, 'updateSummit', { id: secondSummit, expectedRevision: 2, title: 'Hanoi summit' }),
    mutate(admin, store, 'revertRecord', {
      id: secondSummit,
      revision: 1,
      expectedRevision: 3,
      reason: 'undo',
    }),
  ];
  for (const step of steps) expect((await step).data).toBeTruthy();
  return store;
}

describe('history', () => {
  test('lists a record’s revisions newest first, a revert being a new one', async () => {
    const store = await editedStore();
    const { data } = await runAs(
      null,
      store,
      `query ($id: ID!) { node(id: $id) { ... on Summit {
        title revision
        history(first: 10) { nodes { recordId type revision actorId reason before after } }
      } } }`,
      { id: secondSummit },
    );
    const { title, revision, history } = data?.node ?? {};
    expect([title, revision]).toEqual(['Second U.S.–North Korea summit', 4]);
    expect(
      history.nodes.map((r: { revision: number; actorId: string; reason: string | null }) => [
        r.revision,
        r.actorId,
        r.reason,
      ]),
    ).toEqual([
      [4, admin.id, 'undo'],
      [3, editor.id, null],
      [2, editor.id, 'numbered'],
      [1, 'import', null],
    ]);
    const [reverted, renamed, , imported] = history.nodes;
    expect(reverted.after).toEqual(imported.after);
    expect([renamed.before.title, renamed.after.title]).toEqual([imported.after.title, 'Hanoi summit']);
    expect(imported.before).toBeNull();
    expect(reverted).toMatchObject({ recordId: secondSummit, type: 'SUMMIT' });
  });

  test('pages with first and after', async () => {
    const store = await editedStore();
    const query = `query ($id: ID!, $after: String) { node(id: $id) { ... on Summit {
      history(first: 3, after: $after) { nodes { revision } pageInfo { hasNextPage endCursor } }
    } } }`;
    const first = (await runAs(null, store, query, { id: secondSummit })).data?.node.history;
    expect(first.nodes).toEqual([{ revision: 4 }, { revision: 3 }, { revision: 2 }]);
    const next = (await runAs(null, store, query, { id: secondSummit, after: first.pageInfo.endCursor })).data
      ?.node.history;
    expect(next).toEqual({
      nodes: [{ revision: 1 }],
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
    });
  });
});

describe('changes', () => {
  const feed = `query ($actor: [String!], $types: [AnyRecordType!]) {
    changes(first: 10, actor: $actor, types: $types) { nodes { recordId revision actorId } }
  }`;

  test('is refused to anonymous callers and editors', async () => {
    const store = await editedStore();
    for (const [viewer, code] of [
      [null, 'UNAUTHENTICATED'],
      [editor, 'FORBIDDEN'],
    ] as const) {
      const { data, errors } = await runAs(viewer, store, feed);
      expect(errors?.map((e) => e.extensions.code)).toEqual([code]);
      expect(data).toBeNull();
    }
  });

  test('lists an admin every change, newest first, filtered by actor and type', async () => {
    const store = await editedStore();
    const { data, errors } = await runAs(admin, store, feed, { actor: [editor.id], types: ['SUMMIT'] });
    expect(errors).toBeUndefined();
    expect(data?.changes.nodes).toEqual(
      [3, 2].map((revision) => ({ recordId: secondSummit, revision, actorId: editor.id })),
    );
    const people = await runAs(admin, store, feed, { types: ['PERSON'] });
    expect(people.data?.changes.nodes.every((r: { actorId: string }) => r.actorId === 'import')).toBe(true);
    expect(people.data?.changes.nodes.length).toBeGreaterThan(0);
  });
});
