import { setTimeout as sleep } from 'node:timers/promises';
import { createMemoryStore, type Store } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { expect, test } from 'vitest';
import { limits } from '../src/limits.ts';
import { heavyQuery, summitId } from './heavy-query.ts';
import { parley, post } from './yoga.ts';

test('heavy operations run one at a time with a bounded queue; light ones are never held up', async () => {
  const base = createMemoryStore(seedDataset);
  // Every batch load takes 50 ms, so heavy requests overlap.
  const slow: Store = {
    ...base,
    load: async (type, ids) => {
      await sleep(50);
      return base.load(type, ids);
    },
  };
  const yoga = parley('production', slow);
  const variables = { ids: Array.from({ length: 100 }, () => summitId) };
  const heavy = Array.from({ length: limits.heavyAtOnce + limits.heavyQueue + 2 }, () =>
    post(yoga, heavyQuery, variables),
  );
  const light = await post(yoga, '{ stats { summits } }');
  expect(light.body).toEqual({ data: { stats: { summits: 2 } } });
  const answers = await Promise.all(heavy);
  const busy = answers.filter((a) => a.body.errors?.[0]?.extensions?.code === 'SERVER_BUSY');
  expect(busy).toHaveLength(2);
  expect(busy[0]?.status).toBe(503);
  const served = answers.filter((a) => a.body.data?.nodes);
  expect(served).toHaveLength(limits.heavyAtOnce + limits.heavyQueue);
  expect(served.every((a) => a.body.errors === undefined && a.body.data.nodes.length === 100)).toBe(true);
});
