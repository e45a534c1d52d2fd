import { createMemoryStore, type Store } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { describe, expect, test } from 'vitest';
import { createParleyYoga } from '../src/yoga.ts';

/** The seed in memory, keeping the call stack of every `stats()`: it shows which executor ran the resolver. */
function storeKeepingCallers() {
  const memory = createMemoryStore(seedDataset);
  const callers: string[] = [];
  const store: Store = {
    ...memory,
    stats() {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = Number.POSITIVE_INFINITY;
      callers.push(new Error().stack ?? '');
      Error.stackTraceLimit = limit;
      return memory.stats();
    },
  };
  return { store, callers };
}

const { store, callers } = storeKeepingCallers();
// No response cache here: these answers must come from execution, compiled or not.
const yoga = createParleyYoga({
  store,
  config: { nodeEnv: 'production', corsOrigins: [], logLevel: 'silent', responseCache: false },
});

const run = async (query: string, operationName?: string) => {
  callers.length = 0;
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

// graphql-jit's compiled operations run as code it evaluated, whose frames read "eval at compileQuery"; the
// others run through an `execution/execute.js` (Yoga's executor, from @graphql-tools, as graphql-js's).
const compiled = /eval at compileQuery/;
const interpreted = /execution\/execute\.js/;

describe('graphql-jit runs the operation asked for', () => {
  test('a document of one operation runs compiled, each time it is asked', async () => {
    for (let i = 0; i < 2; i++) {
      expect((await run('query One { stats { summits } }')).data?.stats.summits).toBe(
        seedDataset.summits.length,
      );
      expect(callers).toHaveLength(1);
      expect(callers[0]).toMatch(compiled);
      expect(callers[0]).not.toMatch(interpreted);
    }
  });

  test('each operation of a document with several runs by its name, uncompiled', async () => {
    const both = 'query A { stats { summits } } query B { stats { people } }';
    expect(Object.keys((await run(both, 'A')).data?.stats ?? {})).toEqual(['summits']);
    expect(Object.keys((await run(both, 'B')).data?.stats ?? {})).toEqual(['people']);
    expect(Object.keys((await run(both, 'A')).data?.stats ?? {})).toEqual(['summits']);
    expect(callers).toHaveLength(1);
    expect(callers[0]).toMatch(interpreted);
    expect(callers[0]).not.toMatch(compiled);
  });

  test('an operation name the document lacks is an error, even once the document is compiled', async () => {
    const one = 'query A { stats { summits } }';
    expect((await run(one)).data?.stats.summits).toBe(seedDataset.summits.length);
    expect((await run(one, 'A')).data?.stats.summits).toBe(seedDataset.summits.length);
    expect(callers[0]).toMatch(compiled);
    expect((await run(one, 'X')).errors?.[0]?.message).toMatch(
      /Could not determine what operation to execute/,
    );
  });
});
