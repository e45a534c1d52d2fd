import { expect, it } from 'vitest';
import type { RecordOf } from '../../records/dataset.ts';
import { seedDataset } from '../../seed/index.ts';
import type { DatasetInput, Store } from '../../store/port.ts';
import { DatasetError } from '../../validate-dataset.ts';

const [first, second] = seedDataset.statements as [RecordOf<'statement'>, RecordOf<'statement'>];
const topic: RecordOf<'topic'> = {
  id: 'topic:contract-writes',
  slug: 'contract-writes',
  name: 'Zanzibar accords',
};
/** A new statement, on the new topic, in words no other record has. */
const added: RecordOf<'statement'> = {
  ...first,
  id: 'statement:contract-added',
  slug: 'contract-added',
  quote: 'The quetzalcoatl clause stays.',
  topicIds: [topic.id],
  relations: [],
};
/** A seed statement rewritten: another slug, quote and topic (its old lists must go). */
const replaced: RecordOf<'statement'> = {
  ...second,
  slug: 'contract-replaced',
  quote: 'Rewritten by the contract.',
  topicIds: [topic.id],
};

/** Runs a write that must be refused, and returns its problems; the store must hold what it held before. */
async function refused(store: Store, input: DatasetInput): Promise<readonly string[]> {
  const before = await store.stats();
  const error = await store.writeDataset(input).then(
    () => expect.unreachable('the write was accepted'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetError);
  expect(await store.stats()).toEqual(before);
  return (error as DatasetError).problems;
}

/** The write half of the Store contract, on a store opened with the seed dataset (the tests run in order). */
export function describeWrites(store: () => Store) {
  it('refuses invalid records, references to nothing and slugs held by others, writing nothing', async () => {
    expect(await refused(store(), { topics: [topic], statements: [{ ...added, citations: [] }] })).toEqual([
      'statement "contract-added": citations needs at least one citation',
    ]);
    expect(
      await refused(store(), { topics: [topic], statements: [{ ...added, speakerId: 'person:nobody' }] }),
    ).toEqual([
      'statement "contract-added": speakerId refers to person "person:nobody", which does not exist',
    ]);
    const impostor = { ...(seedDataset.people[0] as RecordOf<'person'>), id: 'person:impostor' };
    expect(await refused(store(), { topics: [topic], people: [impostor] })).toEqual([
      `person "${impostor.slug}": slug is already used by "${seedDataset.people[0]?.id}"`,
    ]);
    expect(await store().load('topic', [topic.id])).toEqual([null]);
  });

  it('adds records and replaces others with their lists, tells listeners, and answers from them at once', async () => {
    let heard = 0;
    const stop = await store().onChange(() => {
      heard++;
    });
    await refused(store(), { statements: [{ ...added, citations: [] }] });
    const before = await store().stats();
    const progress: [number, number][] = [];
    const counts = await store().writeDataset(
      { topics: [topic], statements: [added, replaced] },
      { onProgress: (written, total) => progress.push([written, total]) },
    );
    expect(counts).toEqual({
      source: 0,
      topic: 1,
      place: 0,
      organization: 0,
      person: 0,
      summit: 0,
      meeting: 0,
      statement: 2,
    });
    expect(progress.at(-1)).toEqual([3, 3]);
    expect(await store().stats()).toEqual({
      ...before,
      topic: before.topic + 1,
      statement: before.statement + 1,
    });
    expect(await store().load('statement', [added.id, replaced.id])).toEqual([added, replaced]);
    expect(await store().loadBySlug('statement', [second.slug, replaced.slug])).toEqual([null, replaced]);
    const onTopic = await store().listStatements({ filter: { topicIds: [topic.id] } });
    expect(onTopic.edges.map((e) => e.node.id).sort()).toEqual([added.id, replaced.id].sort());
    for (const old of second.topicIds) {
      const page = await store().listStatements({ filter: { topicIds: [old] }, first: 100 });
      expect(page.edges.map((e) => e.node.id)).not.toContain(replaced.id);
    }
    // Search texts follow: the new quote, and the new topic's name on both statements.
    const quote = await store().search({ query: 'quetzalcoatl' });
    expect(quote.edges.map((e) => e.node.id)).toEqual([added.id]);
    const byTopic = await store().search({ query: 'zanzibar', types: ['statement'] });
    expect(byTopic.edges.map((e) => e.node.id).sort()).toEqual([added.id, replaced.id].sort());
    // Heard once: for the write, not for the refusal (a store may tell its listeners a moment later).
    await expect.poll(() => heard).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard).toBe(1);
    await stop();
  });
}
