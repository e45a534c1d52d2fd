import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the start script, without types
import { buildStep, databaseStep } from '../../scripts/start-steps.mjs';

const roots: string[] = [];
/** A stand-in for the repository's root, as the start script names it (with a trailing slash). */
function fakeRoot() {
  const root = `${mkdtempSync(join(tmpdir(), 'parley-start-'))}/`;
  roots.push(root);
  return root;
}
const put = (path: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, 'x');
};

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

test('npm start says a first build takes a while only when nothing is built', () => {
  const root = fakeRoot();
  expect(buildStep(root)).toMatch(/first build takes a minute or two/);
  put(`${root}apps/web/.next/BUILD_ID`);
  put(`${root}apps/api/dist/server.mjs`);
  expect(buildStep(root)).toBe('rebuilding what changed since the last build…');
});

test('npm start says it creates and seeds the database only when there is none', () => {
  const root = fakeRoot();
  expect(databaseStep(root, {})).toMatch(/creating, migrating and seeding the database .*\(first start\)/);
  put(`${root}.data/pglite/PG_VERSION`);
  expect(databaseStep(root, {})).toMatch(/on the database in .*pglite, applying any new migrations/);
  expect(databaseStep(root, { DATABASE_URL: 'postgres://x' })).toMatch(/on PostgreSQL/);
  expect(databaseStep(root, { PARLEY_STORE: 'memory' })).toMatch(/in-memory store/);
});
