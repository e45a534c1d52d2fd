import { createMemoryStore } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { expect, test } from 'vitest';
import { parley } from './yoga.ts';

test('/healthz answers while the process is up; /readyz follows the store', async () => {
  const store = createMemoryStore(seedDataset);
  const yoga = parley('production', store);
  expect((await yoga.fetch('http://localhost/healthz')).status).toBe(200);
  expect((await yoga.fetch('http://localhost/readyz')).status).toBe(200);
  await store.close();
  expect((await yoga.fetch('http://localhost/healthz')).status).toBe(200);
  const notReady = await yoga.fetch('http://localhost/readyz');
  expect(notReady.status).toBe(503);
  expect(await notReady.text()).not.toMatch(/closed/);
});
