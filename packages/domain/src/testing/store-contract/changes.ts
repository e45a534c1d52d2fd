import { expect, it } from 'vitest';
import type { RecordOf } from '../../records/dataset.ts';
import { seedDataset } from '../../seed/index.ts';
import { changeOfRevisions, type StoreChange } from '../../store/change.ts';
import type { Store } from '../../store/port.ts';
import type { Revision } from '../../store/revision.ts';

const summit = seedDataset.summits[0] as RecordOf<'summit'>;
const speaker = seedDataset.people.find((p) => seedDataset.statements.some((s) => s.speakerId === p.id));
const topic: RecordOf<'topic'> = {
  id: 'topic:contract-changes',
  slug: 'contract-changes',
  name: 'Ceasefire',
};

/** A change with its ids and types in order, to compare whatever order a store tells them in. */
const sorted = (change: StoreChange | undefined) =>
  change && !change.everything
    ? {
        ...change,
        ids: [...change.ids].sort(),
        types: [...change.types].sort(),
        texts: [...change.texts].sort(),
      }
    : change;

/** Runs `write` and returns what the listeners heard of it: one change (a store may tell it a moment later). */
async function heardOf(store: Store, write: () => Promise<unknown>) {
  const heard: StoreChange[] = [];
  const stop = await store.onChange((change) => {
    heard.push(change);
  });
  try {
    await write();
    await expect.poll(() => heard.length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toHaveLength(1);
    return sorted(heard[0]);
  } finally {
    await stop();
  }
}

/** What `onChange` tells, on a store opened with the seed dataset (the tests run in order). */
export function describeChanges(store: () => Store) {
  it('tells the records a commit wrote, with their types, and that none was new', async () => {
    const edited = { ...summit, title: `${summit.title} (edited)` };
    const change = await heardOf(store(), () =>
      store().commit({
        actor: 'account:contract',
        reason: null,
        puts: [{ record: { type: 'summit', record: edited }, expectedRevision: 1 }],
      }),
    );
    // A title orders lists: they may change too.
    expect(change).toEqual({
      everything: false,
      ids: [summit.id],
      types: ['summit'],
      texts: ['summit'],
      created: false,
    });
  });

  it('tells an edit of a statement’s words alone as a change of its words, not of any list', async () => {
    const statement = seedDataset.statements.find(
      (s) => s.quote !== null,
    ) as (typeof seedDataset.statements)[number];
    const change = await heardOf(store(), () =>
      store().commit({
        actor: 'account:contract',
        reason: null,
        puts: [
          {
            record: { type: 'statement', record: { ...statement, paraphrase: 'Reworded.' } },
            expectedRevision: 1,
          },
        ],
      }),
    );
    expect(change).toEqual({
      everything: false,
      ids: [statement.id],
      types: [],
      texts: ['statement'],
      created: false,
    });
  });

  it('tells a write that adds a record that one was created', async () => {
    const change = await heardOf(store(), () => store().writeDataset({ topics: [topic] }));
    expect(change).toEqual({
      everything: false,
      ids: [topic.id],
      types: ['topic'],
      texts: ['topic'],
      created: true,
    });
  });

  it('tells the records whose search text names a renamed person, with the person', async () => {
    if (!speaker) throw new Error('the seed has no speaker');
    // The statements they spoke and the meetings they took part in: their search texts read the name.
    const naming = [
      ...seedDataset.statements
        .filter((s) => s.speakerId === speaker.id)
        .map((s) => ({ type: 'statement', id: s.id })),
      ...seedDataset.meetings
        .filter((m) => m.participants.some((p) => p.personId === speaker.id))
        .map((m) => ({ type: 'meeting', id: m.id })),
    ];
    expect(naming.length).toBeGreaterThan(0);
    const change = await heardOf(store(), () =>
      store().writeDataset({ people: [{ ...speaker, name: `${speaker.name} Renamed` }] }),
    );
    expect(change).toEqual({
      everything: false,
      ids: [speaker.id, ...naming.map((r) => r.id)].sort(),
      // The name orders lists of people; the others' lists stay as they were, only their words changed.
      types: ['person'],
      texts: ['person', ...new Set(naming.map((r) => r.type))].sort(),
      created: false,
    });
  });

  it('tells no more than a commit’s revisions say: what another process hears of the commit covers it', async () => {
    if (!speaker) throw new Error('the seed has no speaker');
    const [person] = await store().load('person', [speaker.id]);
    const [revision] = await store().revisions([speaker.id]);
    let revisions: Revision[] = [];
    const heard = await heardOf(store(), async () => {
      revisions = await store().commit({
        actor: 'account:contract',
        reason: null,
        puts: [
          {
            record: { type: 'person', record: { ...(person as RecordOf<'person'>), name: 'Another Name' } },
            expectedRevision: revision ?? 0,
          },
        ],
      });
    });
    const told = sorted(changeOfRevisions(revisions));
    if (!heard || heard.everything || !told || told.everything) throw new Error('a change was expected');
    expect(told.types).toEqual(heard.types);
    for (const type of heard.texts) expect(told.texts).toContain(type);
    // A record the rename touched is either named or of a type whose every search is dropped.
    for (const id of heard.ids)
      expect(told.ids.includes(id) || told.texts.includes(id.split(':')[0] as never)).toBe(true);
    expect(heard.ids.length).toBeGreaterThan(told.ids.length);
  });
}
