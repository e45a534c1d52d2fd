import { randomUUID } from 'node:crypto';
import { createMemoryStore } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { Redis } from 'ioredis';
import { describe, expect, onTestFinished, test } from 'vitest';
import { createWorkBudget } from '../src/work-budget.ts';
import { createParleyYoga } from '../src/yoga.ts';
import { freePort, redisServerAvailable, startRedis } from './api-process.ts';
import { heavyQuery, summitId } from './heavy-query.ts';
import { post } from './yoga.ts';

const window = { windowMs: 60_000, budgetMs: 100 };

/** A connection to a Redis of the test's own (never the machine's shared one). */
async function ownRedis(port: number) {
  const redis = new Redis(`redis://127.0.0.1:${port}`, { lazyConnect: true });
  onTestFinished(() => redis.disconnect());
  await redis.connect();
  return redis;
}

describe('the work budget of heavy operations per client address', () => {
  test('in process: an address that spent its budget waits for the next window; others do not', async () => {
    const budget = createWorkBudget({ ...window, redis: null });
    expect(await budget.wait('10.0.0.1')).toBe(0);
    budget.spend('10.0.0.1', 60);
    expect(await budget.wait('10.0.0.1')).toBe(0);
    budget.spend('10.0.0.1', 60);
    await expect.poll(() => budget.wait('10.0.0.1')).toBeGreaterThan(0);
    expect(await budget.wait('10.0.0.1')).toBeLessThanOrEqual(60);
    expect(await budget.wait('10.0.0.2')).toBe(0);
  });

  test.runIf(redisServerAvailable())('through Redis: what one process spent counts in another', async () => {
    const address = `test-${randomUUID()}`;
    const port = await freePort();
    await startRedis(port);
    const processA = createWorkBudget({ ...window, redis: await ownRedis(port) });
    const processB = createWorkBudget({ ...window, redis: await ownRedis(port) });
    processA.spend(address, 150);
    await expect.poll(() => processB.wait(address)).toBeGreaterThan(0);
    expect(await processB.wait(`${address}-other`)).toBe(0);
  });

  test('a Redis that cannot count lets work through and says so', async () => {
    const redis = new Redis('redis://127.0.0.1:1', { lazyConnect: true, enableOfflineQueue: false });
    redis.on('error', () => {});
    const errors: string[] = [];
    const budget = createWorkBudget({ ...window, redis, onError: (e) => errors.push(e.message) });
    expect(await budget.wait('10.0.0.1')).toBe(0);
    expect(errors).toHaveLength(1);
  });

  test('a heavy query past its address’s budget is answered 429 TOO_MANY_LARGE_QUERIES with Retry-After', async () => {
    const yoga = createParleyYoga({
      store: createMemoryStore(seedDataset),
      config: { nodeEnv: 'production', corsOrigins: [], logLevel: 'silent', responseCache: false },
      workBudget: createWorkBudget({ windowMs: 60_000, budgetMs: 1, redis: null }),
    });
    const ids = Array.from({ length: 100 }, () => summitId);
    expect((await post(yoga, heavyQuery, { ids })).body.data.nodes).toHaveLength(100);
    const refused = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: heavyQuery, variables: { ids } }),
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).errors[0].extensions.code).toBe('TOO_MANY_LARGE_QUERIES');
    // Light queries are never counted.
    expect((await post(yoga, '{ stats { summits } }')).body.data.stats.summits).toBe(2);
  });
});
