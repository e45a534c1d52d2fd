import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@parley/db';
import type { Store } from '@parley/domain';
import { afterAll, inject } from 'vitest';

/** The API's default store for tests: PGlite over a private copy of the seeded template database. */
export async function pgliteStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-api-'));
  cpSync(inject('pgliteTemplate'), dir, { recursive: true });
  const store = await openStore({ dataDir: dir });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return store;
}
