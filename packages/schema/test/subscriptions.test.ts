import { type AnyRecord, createMemoryStore, type RecordOf } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { type ExecutionResult, parse, subscribe } from 'graphql';
import { describe, expect, test } from 'vitest';
import { encodeId } from '../src/global-id.ts';
import { createContext, createLiveFeed, liveCommitOf, schema } from '../src/index.ts';
import { changeKindOf } from '../src/live/live-commit.ts';
import type { Json } from './run.ts';

const summitId = 'summit:second-us-north-korea-2019';
/** A meeting of that summit, in the seed. */
const meetingId = seedDataset.meetings.find((m) => m.summitId === summitId)?.id ?? '';

/** A store, a feed that publishes each commit made through `edit`, and a subscriber's next results. */
function setup() {
  const store = createMemoryStore(seedDataset);
  const feed = createLiveFeed();
  const start = (source: string, variableValues?: Record<string, unknown>) =>
    subscribe({
      schema,
      document: parse(source),
      variableValues,
      contextValue: createContext(store, null, undefined, feed.live),
    });
  /** A subscription that must be accepted: its stream of results. */
  const open = async (source: string, variableValues?: Record<string, unknown>) => {
    const result = await start(source, variableValues);
    if (!(Symbol.asyncIterator in result)) throw new Error(JSON.stringify(result));
    return result as Stream;
  };
  /** A subscription that must be refused: the result saying why. */
  const refused = async (source: string, variableValues?: Record<string, unknown>) => {
    const result = await start(source, variableValues);
    if (Symbol.asyncIterator in result) throw new Error('accepted');
    return result as ExecutionResult<Json>;
  };
  const edit = async <T extends 'summit' | 'meeting'>(
    type: T,
    id: string,
    change: (r: RecordOf<T>) => RecordOf<T>,
  ) => {
    const [record] = await store.load(type, [id]);
    const [expectedRevision] = await store.revisions([id]);
    if (!record || expectedRevision === undefined) throw new Error(`no ${id}`);
    const revisions = await store.commit({
      actor: 'test',
      reason: null,
      puts: [{ record: { type, record: change(record) } as AnyRecord, expectedRevision }],
    });
    feed.publish(liveCommitOf(revisions));
    return revisions;
  };
  return { store, feed, open, refused, edit };
}

type Stream = AsyncGenerator<ExecutionResult<Json>>;
// A read that outlived its wait is kept for the next call: the value it resolves with must not be lost.
const pending = new WeakMap<Stream, Promise<IteratorResult<ExecutionResult<Json>>>>();

/** The next result, or "nothing" when none comes within a few turns of the event loop. */
async function nextOf(stream: Stream) {
  const read = pending.get(stream) ?? stream.next();
  pending.set(stream, read);
  const none = new Promise((resolve) => setTimeout(() => resolve('nothing'), 20));
  const result = await Promise.race([read, none]);
  if (result === 'nothing') return result;
  pending.delete(stream);
  const { done, value } = result as IteratorResult<ExecutionResult<Json>>;
  return done ? 'done' : value;
}

describe('recordChanged', () => {
  test('tells each record written, with its revision and kind, filtered by type and id', async () => {
    const { feed, open, edit } = setup();
    const all = await open('subscription { recordChanged { id type revision kind at } }');
    const meetings = await open('subscription { recordChanged(types: [MEETING]) { id } }');
    const theSummit = await open('subscription ($ids: [ID!]) { recordChanged(ids: $ids) { id kind } }', {
      ids: [encodeId('Summit', summitId)],
    });
    expect(feed.listeners()).toBe(3);
    const [revision] = await edit('summit', summitId, (s) => ({ ...s, title: 'Hanoi summit' }));
    expect(await nextOf(all)).toEqual({
      data: {
        recordChanged: {
          id: encodeId('Summit', summitId),
          type: 'SUMMIT',
          revision: revision?.revision,
          kind: 'UPDATED',
          at: revision?.at,
        },
      },
    });
    expect(await nextOf(theSummit)).toEqual({
      data: { recordChanged: { id: encodeId('Summit', summitId), kind: 'UPDATED' } },
    });
    expect(await nextOf(meetings)).toBe('nothing');
    const [meeting] = await edit('meeting', meetingId, (m) => ({ ...m, description: 'Talks on the venue.' }));
    expect(await nextOf(meetings)).toEqual({
      data: { recordChanged: { id: encodeId('Meeting', meetingId) } },
    });
    expect((await nextOf(all)) as Json).toMatchObject({
      data: { recordChanged: { revision: meeting?.revision } },
    });
    expect(await nextOf(theSummit)).toBe('nothing');
    for (const s of [all, meetings, theSummit]) await s.return(undefined);
    expect(feed.listeners()).toBe(0);
  });

  test('tells which summits’ pages show the record: the summit itself, a meeting’s summit before and after', async () => {
    const { open, edit } = setup();
    const stream = await open('subscription { recordChanged { id summitIds } }');
    await edit('summit', summitId, (s) => ({ ...s, title: 'Hanoi summit' }));
    expect(await nextOf(stream)).toEqual({
      data: {
        recordChanged: { id: encodeId('Summit', summitId), summitIds: [encodeId('Summit', summitId)] },
      },
    });
    const other = seedDataset.summits.find((s) => s.id !== summitId)?.id ?? '';
    await edit('meeting', meetingId, (m) => ({ ...m, summitId: other }));
    expect(await nextOf(stream)).toEqual({
      data: {
        recordChanged: {
          id: encodeId('Meeting', meetingId),
          summitIds: [encodeId('Summit', summitId), encodeId('Summit', other)],
        },
      },
    });
    await edit('meeting', meetingId, (m) => ({ ...m, summitId: null }));
    expect(await nextOf(stream)).toEqual({
      data: { recordChanged: { id: encodeId('Meeting', meetingId), summitIds: [encodeId('Summit', other)] } },
    });
    await stream.return(undefined);
  });

  test('a bad id is refused before anything listens', async () => {
    const { feed, refused } = setup();
    const result = await refused('subscription { recordChanged(ids: ["nope"]) { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(feed.listeners()).toBe(0);
  });
});

describe('summitUpdated', () => {
  test('answers the summit as it now stands when it or a record on its page changes, and nothing else', async () => {
    const { open, edit } = setup();
    const stream = await open('subscription ($id: ID!) { summitUpdated(id: $id) { title revision } }', {
      id: encodeId('Summit', summitId),
    });
    await edit('summit', summitId, (s) => ({ ...s, title: 'Hanoi summit' }));
    expect(await nextOf(stream)).toEqual({
      data: { summitUpdated: { title: 'Hanoi summit', revision: 2 } },
    });
    // The same context serves every event: its loaders must not answer the first event's revision again.
    await edit('summit', summitId, (s) => ({ ...s, title: 'The Hanoi summit' }));
    expect(await nextOf(stream)).toEqual({
      data: { summitUpdated: { title: 'The Hanoi summit', revision: 3 } },
    });
    const other = seedDataset.summits.find((s) => s.id !== summitId);
    if (!meetingId || !other) throw new Error('the seed changed');
    await edit('meeting', meetingId, (m) => ({ ...m, description: 'Talks on the summit’s venue.' }));
    expect(await nextOf(stream)).toEqual({
      data: { summitUpdated: { title: 'The Hanoi summit', revision: 3 } },
    });
    await edit('summit', other.id, (s) => ({ ...s, title: `${s.title}!` }));
    expect(await nextOf(stream)).toBe('nothing');
    await stream.return(undefined);
  });

  test('refuses an id that is not a summit’s', async () => {
    const { refused } = setup();
    const result = await refused('subscription ($id: ID!) { summitUpdated(id: $id) { title } }', {
      id: encodeId('Meeting', 'meeting:nope'),
    });
    expect(result.errors?.[0]?.message).toMatch(/is not a summit's id/);
  });
});

describe('interruptions and servers without live updates', () => {
  test('an interrupted stream reports LIVE_UPDATES_INTERRUPTED, then ends', async () => {
    const { feed, open } = setup();
    const stream = await open('subscription { recordChanged { id } }');
    feed.interrupt('the event bus is unreachable');
    const last = (await nextOf(stream)) as ExecutionResult;
    expect(last.errors?.[0]?.message).toMatch(/the event bus is unreachable/);
    expect(last.errors?.[0]?.extensions?.code).toBe('LIVE_UPDATES_INTERRUPTED');
    expect(await nextOf(stream)).toBe('done');
    expect(feed.listeners()).toBe(0);
  });

  test('a subscriber that stops reading is let go, not buffered for ever', async () => {
    const { feed, open, edit } = setup();
    await open('subscription { recordChanged { id } }');
    for (let i = 0; i < 101; i += 1) await edit('summit', summitId, (s) => ({ ...s, title: `Title ${i}` }));
    expect(feed.listeners()).toBe(0);
  });

  test('without live updates in the context, a subscription is refused with a stable code', async () => {
    const result = await subscribe({
      schema,
      document: parse('subscription { recordChanged { id } }'),
      contextValue: createContext(createMemoryStore(seedDataset)),
    });
    expect((result as ExecutionResult).errors?.[0]?.extensions?.code).toBe('LIVE_UPDATES_UNAVAILABLE');
  });
});

test('the kind of change a revision made', () => {
  const summit = seedDataset.summits[0] as RecordOf<'summit'>;
  const retracted = { ...summit, retractionReason: 'wrong' };
  const kim = seedDataset.people[0] as RecordOf<'person'>;
  expect(changeKindOf({ before: null, after: summit })).toBe('created');
  expect(changeKindOf({ before: summit, after: { ...summit, title: 'x' } })).toBe('updated');
  expect(changeKindOf({ before: summit, after: retracted })).toBe('retracted');
  expect(changeKindOf({ before: retracted, after: summit })).toBe('restored');
  expect(changeKindOf({ before: kim, after: { ...kim, mergedIntoId: 'person:other' } })).toBe('merged');
});
