import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { createParleyYoga } from '@parley/api';
import { createMemoryStore } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { expect, test } from 'vitest';

const run = promisify(execFile);
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

test("the README's curl command works as printed", async () => {
  const command = /^curl -s http:\/\/localhost:4000\/graphql .*$/m.exec(readme)?.[0];
  expect(command, 'README.md shows a curl command for the API').toBeDefined();
  const yoga = createParleyYoga({
    store: createMemoryStore(seedDataset),
    config: { nodeEnv: 'production', corsOrigins: [], logLevel: 'silent' },
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const shown = (command as string).replace('http://localhost:4000', `http://127.0.0.1:${port}`);
    const { stdout } = await run('sh', ['-c', shown]);
    expect(JSON.parse(stdout).data.summits.nodes[0].title).toBe(seedDataset.summits[0]?.title);
  } finally {
    server.close();
  }
});
