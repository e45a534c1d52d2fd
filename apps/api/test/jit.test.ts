import { createMemoryStore, seedDataset } from '@parley/domain';
import { describe, expect, test } from 'vitest';
import { createParleyYoga } from '../src/yoga.ts';

// No response cache here: these answers must come from execution, compiled or not.
const yoga = createParleyYoga({
  store: createMemoryStore(seedDataset),
  config: { nodeEnv: 'production', corsOrigins: [], logLevel: 'silent', responseCache: false },
});

const run = async (query: string, operationName?: string) => {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, operationName }),
  });
  return (await response.json()) as {
    data?: { stats: Record<string, number> };
    errors?: { message: string }[];
  };
};

describe('graphql-jit runs the operation asked for', () => {
  test('each operation of a document with several runs by its name', async () => {
    const both = 'query A { stats { summits } } query B { stats { people } }';
    expect(Object.keys((await run(both, 'A')).data?.stats ?? {})).toEqual(['summits']);
    expect(Object.keys((await run(both, 'B')).data?.stats ?? {})).toEqual(['people']);
    expect(Object.keys((await run(both, 'A')).data?.stats ?? {})).toEqual(['summits']);
  });

  test('an operation name the document lacks is an error, even once the document is compiled', async () => {
    const one = 'query A { stats { summits } }';
    expect((await run(one)).data?.stats.summits).toBe(seedDataset.summits.length);
    expect((await run(one, 'A')).data?.stats.summits).toBe(seedDataset.summits.length);
    expect((await run(one, 'X')).errors?.[0]?.message).toMatch(
      /Could not determine what operation to execute/,
    );
  });
});
