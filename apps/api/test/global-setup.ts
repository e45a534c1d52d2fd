import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@parley/db';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PGlite folder created, migrated and seeded once; test files open copies of it. */
    pgliteTemplate: string;
  }
}

/** Builds one seeded PGlite database for the whole run, so each test file pays a copy, not a creation. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-api-template-'));
  const store = await openStore({ dataDir: dir });
  await store.close();
  project.provide('pgliteTemplate', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
