import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { printSchemaFile } from '../src/sdl.ts';

test('schema.graphql is up to date (run `npm run generate --workspace @parley/schema`)', () => {
  const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
  expect(committed === printSchemaFile(), 'schema.graphql is stale: regenerate it').toBe(true);
});
