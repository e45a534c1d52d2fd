import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/**
 * This package's folder, found through Node's resolution rather than this file's place, so that it is the
 * same whether the source runs or a bundle that inlined it (the API's dist/server.mjs).
 */
export const packageDir = dirname(createRequire(import.meta.url).resolve('@parley/db/package.json'));
