import { createMemoryStore, type Dataset, type Store } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { expect, test } from 'vitest';
import { data } from './run.ts';

/** The seed plus `n` statements, each by a speaker of its own, so every speaker is a separate lookup. */
function datasetWith(n: number): Dataset {
  const source = seedDataset.sources[0];
  if (!source) throw new Error('the seed has no source');
  const numbers = Array.from({ length: n }, (_, i) => i + 1);
  return {
    ...seedDataset,
    people: [
      ...seedDataset.people,
      ...numbers.map((i) => ({
        id: `person:speaker-${i}`,
        slug: `speaker-${i}`,
        name: `Speaker ${i}`,
        aliases: [],
        countryId: 'place:united-states',
        roles: [],
      })),
    ],
    statements: numbers.map((i) => ({
      id: `statement:counted-${i}`,
      slug: `counted-${i}`,
      kind: 'STATEMENT' as const,
      quote: null,
      paraphrase: `Counted statement ${i}.`,
      speakerId: `person:speaker-${i}`,
      organizationId: null,
      date: {
        text: null,
        edtf: '2019-01-18',
        earliest: '2019-01-18',
        latest: '2019-01-18',
        precision: 'DAY' as const,
      },
      venueId: null,
      topicIds: ['topic:denuclearization'],
      summitId: 'summit:second-us-north-korea-2019',
      meetingId: null,
      relations: [],
      citations: [{ sourceId: source.id, excerpt: 'synthetic' }],
    })),
  };
}

/** A Store that counts every call made to it, by method name. */
function counting(store: Store): { store: Store; calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  const proxy = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls[String(key)] = (calls[String(key)] ?? 0) + 1;
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

const query = `query($n: Int!) {
  statements(first: $n) {
    totalCount
    nodes {
      paraphrase
      revision
      speaker { name revision country { name revision } }
      topics { name }
      summit { title }
      relations { type }
      citations { source { title } }
    }
  }
}`;

async function callsFor(n: number) {
  const { store, calls } = counting(createMemoryStore(datasetWith(n)));
  const { statements } = await data(query, { n }, store);
  expect(statements.nodes).toHaveLength(n);
  expect(new Set(statements.nodes.map((s: { speaker: { name: string } }) => s.speaker.name)).size).toBe(n);
  return calls;
}

test('a page of N statements with speakers costs the Store the same calls for N = 5 and N = 50', async () => {
  const five = await callsFor(5);
  const fifty = await callsFor(50);
  console.info(`Store calls for N=5: ${JSON.stringify(five)}; for N=50: ${JSON.stringify(fifty)}`);
  expect(fifty).toEqual(five);
  // One list, then one batched load per record type reached (person, place, topic, summit, source), relations,
  // the places' enclosing places (read beside their load), and one call for the revisions of each depth asked
  // (statements, their speakers, the speakers' countries).
  expect(five).toEqual({ listStatements: 1, load: 5, loadRelations: 1, enclosingPlaces: 1, revisions: 3 });
});

/** A Store whose list pages report each time their totalCount is called. */
function countingTotals(store: Store): { store: Store; counted: () => number } {
  let counted = 0;
  const listStatements: Store['listStatements'] = async (args) => {
    const page = await store.listStatements(args);
    return {
      ...page,
      totalCount: () => {
        counted++;
        return page.totalCount();
      },
    };
  };
  return { store: { ...store, listStatements }, counted: () => counted };
}

test('a connection is counted only when the query asks for totalCount', async () => {
  const without = countingTotals(createMemoryStore(seedDataset));
  const page = await data('{ statements(first: 2) { nodes { slug } } }', {}, without.store);
  expect(page.statements.nodes).toHaveLength(2);
  expect(without.counted()).toBe(0);
  const asked = countingTotals(createMemoryStore(seedDataset));
  const counted = await data('{ statements(first: 2) { totalCount } }', {}, asked.store);
  expect(counted.statements.totalCount).toBe(seedDataset.statements.length);
  expect(asked.counted()).toBe(1);
});
