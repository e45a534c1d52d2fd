// What `npm start` tells its user before each step: what is actually about to happen, not what might.
import { existsSync, readdirSync } from 'node:fs';

/** The build step, by whether a build exists (turbo then rebuilds only what changed). */
export function buildStep(root) {
  const built = existsSync(`${root}apps/web/.next/BUILD_ID`) && existsSync(`${root}apps/api/dist/server.mjs`);
  return built
    ? 'rebuilding what changed since the last build…'
    : 'building Parley (the first build takes a minute or two)…';
}

/** What the API is about to do with its database, by the store and whether the folder holds one. */
export function databaseStep(root, env) {
  if (env.PARLEY_STORE === 'memory')
    return 'starting the API on the in-memory store (seed data, nothing kept)…';
  if (env.DATABASE_URL) return 'starting the API on PostgreSQL (DATABASE_URL), applying any new migrations…';
  const dir = env.PARLEY_DATA_DIR || `${root}.data/pglite`;
  return existsSync(dir) && readdirSync(dir).length > 0
    ? `starting the API on the database in ${dir}, applying any new migrations…`
    : `starting the API: creating, migrating and seeding the database in ${dir} (first start)…`;
}
