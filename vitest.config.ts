import { defineConfig } from 'vitest/config';

// `npx vitest` at the root runs every workspace's project; `npm test` runs them through turbo instead.
export default defineConfig({
  test: { projects: ['packages/*', 'apps/*', 'test'] },
});
