import { describe, expect, test } from 'vitest';
import { admin, cite, duplicateKim, editor, freshStore, gid, january18, mutate, runAs } from './edits.ts';

const excerpt =
  '"The president looks forward to meeting with Chairman Kim at a place to be announced at a later date."';

describe('retractRecord', () => {
  test('hides a record from lists and search, keeps it by id with its reason, and a revert restores it', async () => {
    const store = freshStore();
    const id = gid.statement('sanders-2019-01-18-statement-place');
    const listed = async (args = '') => {
      const { data } = await runAs(null, store, `{ statements(first: 100${args}) { nodes { id } } }`);
      return data?.statements.nodes.some((n: { id: string }) => n.id === id);
    };
    expect(await listed()).toBe(true);
    const reason = 'The statement was attributed to the wrong speaker.';
    const { data } = await mutate(admin, store, 'retractRecord', { id, expectedRevision: 1, reason });
    expect(data?.retractRecord.userErrors).toEqual([]);
    expect(await listed()).toBe(false);
    expect(await listed(', includeRetracted: true')).toBe(true);
    const node = `query ($id: ID!) { node(id: $id) { ... on Statement { retractionReason revision } } }`;
    expect((await runAs(null, store, node, { id })).data?.node).toEqual({
      retractionReason: reason,
      revision: 2,
    });

    const blank = await mutate(admin, store, 'retractRecord', { id, expectedRevision: 2, reason: ' ' });
    expect(blank.data?.retractRecord.userErrors.map((e: { field: string[] }) => e.field)).toEqual([
      ['reason'],
    ]);

    await mutate(admin, store, 'revertRecord', { id, revision: 1, expectedRevision: 2, reason: 'restored' });
    expect((await runAs(null, store, node, { id })).data?.node).toEqual({
      retractionReason: null,
      revision: 3,
    });
    expect(await listed()).toBe(true);
  });
});

describe('mergePeople', () => {
  test('answers a record the merge would break as a userError naming it, and writes nothing', async () => {
    const store = freshStore();
    const duplicate = gid.person(duplicateKim.slug);
    const survivor = gid.person('kim-jong-un');
    await mutate(editor, store, 'createMeeting', {
      title: 'Kim meets Kim',
      date: january18,
      participants: [
        { personId: survivor, role: 'HOST' },
        { personId: duplicate, role: 'GUEST' },
      ],
      citations: [cite(excerpt)],
    });
    const before = (await store.changes({ first: 1 })).edges[0]?.cursor;
    const { data } = await mutate(admin, store, 'mergePeople', {
      survivorId: survivor,
      duplicateId: duplicate,
    });
    expect(data?.mergePeople.userErrors).toEqual([
      {
        field: ['duplicateId'],
        code: 'INVALID',
        message: expect.stringContaining('meeting "kim-meets-kim"'),
      },
    ]);
    expect((await store.changes({ first: 1 })).edges[0]?.cursor).toBe(before);
  });

  test('moves every reference to the survivor, keeps the names as aliases, and the old id answers with the survivor', async () => {
    const store = freshStore();
    const duplicate = gid.person(duplicateKim.slug);
    const survivor = gid.person('kim-jong-un');
    const statement = await mutate(editor, store, 'createStatement', {
      kind: 'REMARKS',
      quote: 'at a place to be announced',
      speakerId: duplicate,
      date: january18,
      citations: [cite(excerpt)],
    });
    const meeting = await mutate(editor, store, 'createMeeting', {
      title: 'A meeting both records of Kim attended',
      date: january18,
      participants: [
        { personId: gid.person('donald-trump'), role: 'HOST' },
        { personId: survivor, role: 'GUEST' },
        { personId: duplicate, role: 'GUEST' },
      ],
      citations: [cite(excerpt)],
    });
    const statementId = statement.data?.createStatement.statement.id;
    const meetingId = meeting.data?.createMeeting.meeting.id;

    const merged = await mutate(admin, store, 'mergePeople', {
      survivorId: survivor,
      duplicateId: duplicate,
      reason: 'one person',
    });
    expect(merged.data?.mergePeople.userErrors).toEqual([]);

    const { data } = await runAs(
      null,
      store,
      `query ($statement: ID!, $meeting: ID!, $duplicate: ID!) {
        statement: node(id: $statement) { ... on Statement { speaker { id } history(first: 1) { nodes { actorId reason } } } }
        meeting: node(id: $meeting) { ... on Meeting { participants { person { id } role } } }
        old: node(id: $duplicate) { id ... on Person { name aliases } }
        bySlug: person(slug: "${duplicateKim.slug}") { id }
        people(first: 100) { nodes { id } }
      }`,
      { statement: statementId, meeting: meetingId, duplicate },
    );
    expect(data?.statement.speaker.id).toBe(survivor);
    expect(data?.statement.history.nodes).toEqual([{ actorId: admin.id, reason: 'one person' }]);
    // The survivor attended once: the duplicate's place in the list is gone, not doubled.
    expect(data?.meeting.participants).toEqual([
      { person: { id: gid.person('donald-trump') }, role: 'HOST' },
      { person: { id: survivor }, role: 'GUEST' },
    ]);
    expect(data?.old.id).toBe(survivor);
    expect(data?.old.aliases).toEqual(expect.arrayContaining([duplicateKim.name, ...duplicateKim.aliases]));
    expect(data?.bySlug.id).toBe(survivor);
    expect(data?.people.nodes.map((n: { id: string }) => n.id)).not.toContain(duplicate);

    const again = await mutate(admin, store, 'mergePeople', { survivorId: survivor, duplicateId: duplicate });
    expect(again.data?.mergePeople.userErrors.map((e: { code: string }) => e.code)).toEqual(['INVALID']);
    const self = await mutate(admin, store, 'mergePeople', { survivorId: survivor, duplicateId: survivor });
    expect(self.data?.mergePeople.userErrors.map((e: { code: string }) => e.code)).toEqual(['INVALID']);
  });
});
