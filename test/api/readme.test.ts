import { readFileSync } from 'node:fs';
import { createParleyYoga } from '@parley/api';
import { createMemoryStore, seedDataset } from '@parley/domain';
import { expect, test } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test("the README's first query runs as printed and shows the next summit", async () => {
  const query = /```graphql\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(query, 'README.md holds a ```graphql block').toBeDefined();
  const yoga = createParleyYoga({
    store: createMemoryStore(seedDataset),
    config: { nodeEnv: 'production', corsOrigins: [], logLevel: 'silent' },
  });
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  const [next] = body.data.summits.nodes;
  expect(next.date.label).toBe('late February 2019');
  expect(next.location).toBeNull();
  expect(next.candidateLocations.map((c: { place: { name: string } }) => c.place.name)).toEqual([
    'Vietnam',
    'Thailand',
  ]);
});
